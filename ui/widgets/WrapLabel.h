#pragma once
// A word-wrapped label that remembers its height for each width. Qt's layouts
// ask a wrapped label's heightForWidth() many times while settling a page, and
// QLabel lays its text out afresh every time; on the Overview tab that was a
// third of the time to open a file.

#include <QHash>
#include <QLabel>

namespace rt::ui {

class WrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    mutable QHash<int, int> m_heights;
    mutable QString m_heightsText; // the text the heights were measured for
};

} // namespace rt::ui
