#pragma once
// The Agenda tab: one day's timed items (drag to reorder; times follow from
// order and length, around fixed-time items), a warning when the plan does not
// fit the day, templates, and the live run-of-show with the projector view.

#include "agenda/Live.h"
#include "projector/ProjectorWindow.h"
#include "storage/ChangeSet.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace rt::ui {

class AgendaModel;
class Document;
class LivePanel;

class AgendaTab : public QWidget {
    Q_OBJECT
public:
    explicit AgendaTab(Document& document, QWidget* parent = nullptr);
    ~AgendaTab() override;

    void setWorkshop(Id workshopId); // then reload()
    void reload();
    // Recomputes the live state from the clock (the timer calls it each second).
    void tick();

    // Actions, also reachable from menus and tests.
    void addItem();
    void editItem();
    void removeItem();
    void useTemplate(Id templateId);
    void saveAsTemplate();
    void copyFromWorkshop();
    void showProjector();
    void setDay(int day);

    int day() const { return m_day; }
    QComboBox* dayCombo() const { return m_dayCombo; }
    QTreeView* view() const { return m_view; }
    AgendaModel* model() const { return m_model; }
    QLabel* warningLabel() const { return m_warning; }
    LivePanel* livePanel() const { return m_live; }
    ProjectorWindow* projector() const { return m_projector; }
    QPushButton* templatesButton() const { return m_templates; }
    const LiveState& liveState() const { return m_state; }

Q_SIGNALS:
    void exportRequested(const QString& kind);

private:
    std::optional<Id> selectedItemId() const;
    void rebuildTemplateMenu();
    void updateButtons();

    Document& m_document;
    Id m_workshopId = 0;
    int m_day = 1;
    QString m_workshopTitle;
    std::vector<AgendaItem> m_items;
    DayWindow m_window;
    LiveState m_state;
    AgendaModel* m_model;
    QComboBox* m_dayCombo;
    QLabel* m_warning;
    QTreeView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_templates;
    QPushButton* m_print;
    LivePanel* m_live;
    QTimer* m_timer;
    QPointer<ProjectorWindow> m_projector;
};

} // namespace rt::ui
