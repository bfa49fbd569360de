#pragma once

#include "domain/Error.h"
#include "domain/Preferences.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace doo {

// One page of the Settings window: shows the stored values, writes the user's preferences (in
// the database) into the Preferences the window saves, and writes this computer's settings
// (LocalSettings) itself once the database took the rest. An error naming one of the page's
// fields shows in the page's red line, with the field's name, and the field gets the focus.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString &title, const QString &iconName, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString iconName() const { return m_iconName; }

    // Shows `preferences` and this computer's settings.
    virtual void load(const Preferences &preferences) = 0;
    // Puts this page's preferences into `preferences`.
    virtual void store(Preferences &preferences) const { Q_UNUSED(preferences) }
    // Writes this page's computer settings; `changed` is set when one differs from before.
    virtual Status applyLocal(bool *changed)
    {
        Q_UNUSED(changed)
        return {};
    }

    // True when `error` names one of this page's fields (then shown); false leaves it to others.
    bool showError(const Error &error);
    void clearError();
    QString errorText() const;

protected:
    // The page's content goes into this layout; the error line is below it.
    QVBoxLayout *content() const { return m_content; }
    // `field` as Preferences::validate or User::validate names it, shown as `label`.
    void addField(const QString &field, const QString &label, QWidget *widget);
    // A grey line explaining the control above (when the setting applies, where it is kept).
    QLabel *note(const QString &text);

private:
    struct Field
    {
        QString label;
        QWidget *widget = nullptr;
    };
    QString m_title;
    QString m_iconName;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, Field> m_fields;
};

} // namespace doo
