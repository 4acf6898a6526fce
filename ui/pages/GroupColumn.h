#pragma once
// One breakout group as a column of names. People are dragged between columns;
// the column only reports the drop and the tab asks core to move the person.

#include "common/Result.h"

#include <QListWidget>

namespace rt::ui {

class GroupColumn : public QListWidget {
    Q_OBJECT
public:
    GroupColumn(Id groupId, QWidget* parent = nullptr);
    Id groupId() const { return m_groupId; }

Q_SIGNALS:
    void personDropped(rt::Id personId, rt::Id groupId);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    Id m_groupId;
};

} // namespace rt::ui
