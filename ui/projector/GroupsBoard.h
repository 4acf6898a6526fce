#pragma once
// The projector view of a discussion round: who is in which group, in type
// large enough to find one's name from the back of the room, and the prompt.
// Names and group numbers only: never notes, votes or anything else.

#include "discussions/Discussions.h"

#include <QWidget>

class QScreen;

namespace rt::ui {

class GroupsBoard : public QWidget {
    Q_OBJECT
public:
    explicit GroupsBoard(QWidget* parent = nullptr);

    void showOn(QScreen* screen);
    void setRound(const RoundDetail& round);
    QString visibleText() const;
    // The point size the names are drawn at, after fitting (for tests).
    double nameSize() const { return m_nameSize; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_title;
    QString m_prompt;
    std::vector<std::pair<QString, QStringList>> m_groups;
    double m_nameSize = 0;
};

} // namespace rt::ui
