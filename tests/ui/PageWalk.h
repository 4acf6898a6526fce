#pragma once
// A walk through every page, panel and dialog of the demo in a real main
// window, for tests that look at everything a user can reach (accessible
// names, contrast). Each stop is one line in PageWalk.cpp: a later page or
// dialog is one more entry there.

#include "MainWindow.h"

#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <vector>

class QDialog;
class QWidget;

namespace rt::test {

class Walk {
public:
    // `look` is called for each window on screen at each stop: the main
    // window after a page is shown, each dialog as it is opened.
    using Look = std::function<void(const QString& where, QWidget* root)>;
    explicit Walk(Look look);
    ~Walk();

    ui::MainWindow& window() { return *m_window; }
    // Looks at `root` (shown and laid out first) under the current stop's name.
    void look(QWidget* root, const QString& detail = {});
    // Runs `open`; every dialog it opens through prompts::exec is looked at,
    // then `inside` runs on it (to open the dialogs it opens), then it is
    // cancelled.
    void dialogs(const std::function<void()>& open, const std::function<void(QDialog&)>& inside = {});

    // Goes to every stop in order; false (with a message) when a stop looked
    // at nothing, which means the walk no longer reaches it.
    void run();
    QStringList unreached() const { return m_unreached; }

private:
    Look m_look;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_stop;
    int m_looks = 0;
    QStringList m_unreached;
};

struct Stop {
    QString name;
    std::function<void(Walk&)> go;
};

// Every page and dialog, in the order a person meets them.
const std::vector<Stop>& stops();

} // namespace rt::test
