#pragma once
// Help > User Guide (F1): the guide in docs/guide, read in a window of its
// own, with its links between roles and its screenshots scaled to the window.

#include <QDialog>
#include <QTextBrowser>

namespace rt::ui {

// The folder holding the guide's README.md: installed beside the program
// (share/roundtable/guide), else the source tree's docs/guide; empty when
// neither is there.
QString userGuideFolder();

class GuideBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget* parent = nullptr);
    QVariant loadResource(int type, const QUrl& name) override;
    // The widest a screenshot is shown, in pixels of the page.
    static constexpr int kImageWidth = 760;
};

class HelpWindow : public QDialog {
    Q_OBJECT
public:
    // Returns the one guide window, made and shown on first use.
    static HelpWindow* show(QWidget* parent);
    GuideBrowser* browser() const { return m_browser; }

private:
    explicit HelpWindow(const QString& folder, QWidget* parent);
    GuideBrowser* m_browser;
};

} // namespace rt::ui
