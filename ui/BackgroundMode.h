#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace doo {

class MainWindow;
class SchedulerThread;
class TrayMenu;
class WindowHost;

// The program's life in the background, for the window WindowHost shows: closing the window
// hides it and keeps the program (and its scheduler) running when DesktopIntegration::closeToTray()
// says so — the first time with a word on where it went and how to quit; minimising hides it when
// the tray icon is shown and LocalSettings::minimiseToTray() is on. Owns the tray icon's menu
// (TrayMenu) and shows a paused scheduler in the window's status bar and the tray's tooltip.
class BackgroundMode : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundMode(WindowHost *host);
    ~BackgroundMode() override;

    // Shows the first close's hint (test seam). `viaTray`: the default shows it as the tray
    // icon's message; else as a message box, before the window hides.
    using HintShower = std::function<void(const QString &title, const QString &text, bool viaTray)>;
    void setHintShower(HintShower shower) { m_showHint = std::move(shower); }

    TrayMenu *menu() const { return m_menu.get(); }
    // The tray icon is there to bring the window back: the desktop has a tray, and the icon is on.
    static bool trayShown();
    // The tray switches of LocalSettings at once: the icon shown or hidden. (Close and minimise
    // read theirs when they happen.)
    void applyLocalSettings();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach(MainWindow *window);
    void schedulerChanged(SchedulerThread *scheduler);
    void showPause(bool paused);
    void keepRunningHidden();
    void newTask();
    void showStatus(const QString &text);

    WindowHost *m_host;
    QPointer<MainWindow> m_window;
    QPointer<QObject> m_watched; // the same window, for the event filter's comparison
    QPointer<QWidget> m_pauseIndicator;
    std::unique_ptr<TrayMenu> m_menu;
    HintShower m_showHint;
};

} // namespace doo
