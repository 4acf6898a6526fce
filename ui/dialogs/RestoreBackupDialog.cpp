#include "RestoreBackupDialog.h"

#include "storage/Backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

QString kindLabel(const backups::BackupInfo& b)
{
    if (b.note == QLatin1String("before upgrade"))
        return RestoreBackupDialog::tr("Before a schema upgrade");
    if (b.note == QLatin1String("before restore"))
        return RestoreBackupDialog::tr("Before a restore");
    if (b.note == QLatin1String("as found"))
        return RestoreBackupDialog::tr("Damaged file, kept before a restore");
    return RestoreBackupDialog::tr("Snapshot");
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString& file, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Restore a Backup"));
    m_intro->setText(tr("Backups of “%1”, newest first. Restoring replaces the file with the backup you choose. "
                        "Its current state is backed up first, so a restore can itself be undone by restoring "
                        "that backup; the Undo history is cleared.")
                         .arg(QFileInfo(file).fileName()));
    m_empty->setText(tr("There are no backups of this file yet. Roundtable makes one each time the file is opened, "
                        "every few minutes while a workshop is live, and before every upgrade. They are kept in “%1”.")
                         .arg(QDir::toNativeSeparators(backups::folderFor(file))));
    for (QLabel* l : {m_intro, m_empty}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_empty->setAccessibleName(tr("No backups"));
    m_empty->setAlignment(Qt::AlignCenter);

    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size"), tr("Check")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Backups"));
    m_list->header()->setStretchLastSection(false);
    const QLocale locale;
    for (const backups::BackupInfo& b : backups::list(file)) {
        auto* item = new QTreeWidgetItem(m_list, {locale.toString(b.taken, QStringLiteral("ddd d MMM yyyy, HH:mm:ss")), kindLabel(b),
                                                  locale.formattedDataSize(b.size),
                                                  b.verified                        ? tr("Checked when made")
                                                  : b.note == QLatin1String("as found") ? tr("Not usable")
                                                                                        : tr("Not a Roundtable file")});
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!b.verified)
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
    }
    m_list->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    for (int c = 0; c < m_list->columnCount(); ++c) {
        m_list->resizeColumnToContents(c);
        m_list->setColumnWidth(c, m_list->columnWidth(c) + 24);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Restore the chosen backup"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedBackup().isEmpty())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_buttons);

    const bool empty = rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    resize(empty ? QSize(620, 240) : QSize(760, 420));
    if (!empty)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int RestoreBackupDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsSelectable) ? item->data(0, Qt::UserRole).toString() : QString();
}

void RestoreBackupDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedBackup().isEmpty());
}

} // namespace rt::ui
