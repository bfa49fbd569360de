#include "ConsultationAgendaPanel.h"

#include "itemmodels/ConsultationAgendaModel.h"

#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace doo {

namespace {

using Kind = ConsultationAgendaModel::Kind;

Kind kindOf(const QModelIndex &index)
{
    return index.data(ConsultationAgendaModel::KindRole).value<Kind>();
}

// Week headings with room above them, day headings in the mid-tone colour, meetings indented.
class AgendaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        const Kind kind = kindOf(index);
        if (kind == Kind::Meeting) {
            o.rect.adjust(kIndent, 0, 0, 0);
        } else {
            o.rect.adjust(0, kind == Kind::Section && index.row() > 0 ? kSectionGap : 0, 0, 0);
            o.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver | QStyle::State_HasFocus);
        }
        if (kind == Kind::Day)
            o.palette.setColor(QPalette::Text, option.palette.color(QPalette::PlaceholderText));
        QStyledItemDelegate::paint(painter, o, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(size.height() + 4);
        if (kindOf(index) == Kind::Section && index.row() > 0)
            size.setHeight(size.height() + kSectionGap);
        return size;
    }

private:
    static constexpr int kIndent = 12;
    static constexpr int kSectionGap = 8;
};

} // namespace

ConsultationAgendaPanel::ConsultationAgendaPanel(ConsultationAgendaModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("agendaPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    auto *title = new QLabel(tr("Agenda"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_stack = new QStackedWidget(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("agendaList"));
    m_list->setAccessibleName(tr("Agenda of the scheduled meetings"));
    m_list->setModel(model);
    m_list->setItemDelegate(new AgendaDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(false);
    m_empty = new QLabel(tr("No meetings scheduled from today on. Scheduled requests appear here by week and day."), m_stack);
    m_empty->setObjectName(QStringLiteral("agendaEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(4, 8, 4, 4);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto activate = [this](const QModelIndex &index) {
        if (index.isValid() && kindOf(index) == Kind::Meeting)
            Q_EMIT meetingActivated(index.data(ConsultationAgendaModel::IdRole).toString());
    };
    connect(m_list, &QListView::clicked, this, activate);
    connect(m_list, &QListView::activated, this, activate);
    connect(model, &QAbstractItemModel::modelReset, this, &ConsultationAgendaPanel::updateEmptyState);
    updateEmptyState();
}

bool ConsultationAgendaPanel::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ConsultationAgendaPanel::setCurrent(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0) {
        m_list->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void ConsultationAgendaPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->meetingCount() > 0 ? static_cast<QWidget *>(m_list) : m_empty);
}

} // namespace doo
