#include "ImportMappingPage.h"

#include "io/Table.h"
#include "models/ImportPreviewModel.h"
#include "widgets/Colours.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

using rosterimport::Field;

// Text from the file goes in labels as plain text, whatever it looks like.
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QString columnTitle(const QStringList& headers, int column)
{
    const QString header = headers.value(column).simplified();
    return header.isEmpty() ? ImportMappingPage::tr("Column %1").arg(column + 1) : header;
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return ImportMappingPage::tr("Comma");
    case ';':
        return ImportMappingPage::tr("Semicolon");
    case '\t':
        return ImportMappingPage::tr("Tab");
    case '|':
        return ImportMappingPage::tr("Vertical bar (|)");
    default:
        return ImportMappingPage::tr("“%1”").arg(delimiter);
    }
}

} // namespace

ImportMappingPage::ImportMappingPage(const Database& db, QByteArray bytes, QString fileName, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_bytes(std::move(bytes))
    , m_fileName(std::move(fileName))
    , m_summary(plainLabel(QString(), this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_remembered(new QLabel(tr("Mapping remembered from your last import of a file with these columns."), this))
    , m_columnsScroll(new QScrollArea(this))
    , m_columnsBox(new QWidget)
    , m_columnsGrid(new QGridLayout(m_columnsBox))
    , m_model(new ImportPreviewModel(this))
    , m_preview(new QTableView(this))
    , m_shown(new QLabel(this))
    , m_problem(plainLabel(QString(), this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    for (io::Encoding e : {io::Encoding::Utf8, io::Encoding::Utf8WithBom, io::Encoding::Windows1252, io::Encoding::Utf16LE,
                           io::Encoding::Utf16BE})
        m_encoding->addItem(io::encodingLabel(e), int(e));
    for (QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(d), QString(d));
    m_encoding->setAccessibleName(tr("Encoding of the file"));
    m_delimiter->setAccessibleName(tr("Delimiter between columns"));
    m_summary->setAccessibleName(tr("File"));
    m_remembered->setAccessibleName(tr("Remembered mapping"));
    m_remembered->setWordWrap(true);
    m_shown->setAccessibleName(tr("Rows shown"));
    m_problem->setAccessibleName(tr("Problem with the mapping"));
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, colours::caution(QPalette::Window, warn));
    m_problem->setPalette(warn);

    m_preview->setModel(m_model);
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->setTabKeyNavigation(false);

    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_summary, 1);
    readRow->addSpacing(12);
    readRow->addWidget(encodingLabel);
    readRow->addWidget(m_encoding);
    readRow->addSpacing(12);
    readRow->addWidget(delimiterLabel);
    readRow->addWidget(m_delimiter);

    m_columnsGrid->setColumnStretch(1, 1);
    m_columnsGrid->setContentsMargins(6, 6, 6, 6);
    auto* scroll = m_columnsScroll;
    scroll->setWidget(m_columnsBox);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(330);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setAccessibleName(tr("Columns of the file"));
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* columnsPane = new QVBoxLayout;
    auto* columnsTitle = new QLabel(tr("Import each column as:"), this);
    columnsPane->addWidget(columnsTitle);
    columnsPane->addWidget(scroll, 1);
    auto* previewPane = new QVBoxLayout;
    previewPane->addWidget(m_shown);
    previewPane->addWidget(m_preview, 1);
    auto* panes = new QHBoxLayout;
    panes->addLayout(columnsPane, 0);
    panes->addLayout(previewPane, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(readRow);
    layout->addWidget(m_remembered);
    layout->addLayout(panes, 1);
    layout->addWidget(m_problem);

    connect(m_encoding, &QComboBox::activated, this, &ImportMappingPage::reread);
    connect(m_delimiter, &QComboBox::activated, this, &ImportMappingPage::reread);
}

bool ImportMappingPage::load()
{
    auto table = io::readTableData(m_bytes, m_fileName);
    if (!table) {
        m_error = table.error().message;
        return false;
    }
    m_table = std::move(*table);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(m_table.encoding))));
    if (m_table.format == io::Format::Csv) {
        const QString delimiter(m_table.delimiter);
        if (m_delimiter->findData(delimiter) < 0)
            m_delimiter->addItem(delimiterName(m_table.delimiter), delimiter);
        m_delimiter->setCurrentIndex(m_delimiter->findData(delimiter));
    } else {
        // A workbook has cells, not bytes to decode or split.
        m_encoding->setEnabled(false);
        m_delimiter->setEnabled(false);
    }
    auto suggested = rosterimport::suggestMapping(m_db, m_table.headers);
    showTable(suggested ? *suggested : rosterimport::SuggestedMapping{rosterimport::recognisedMapping(m_table.headers), false});
    return true;
}

void ImportMappingPage::reread()
{
    const auto encoding = io::Encoding(m_encoding->currentData().toInt());
    const QString chosen = m_delimiter->currentData().toString();
    const QChar delimiter = chosen.isEmpty() ? QLatin1Char(',') : chosen.front();
    auto table = io::readTableAs(m_bytes, m_fileName, encoding, delimiter);
    if (!table) {
        m_table = io::Table{};
        m_model->clear();
        rebuildColumns({});
        m_remembered->hide();
        m_summary->setText(m_fileName);
        m_shown->clear();
        setProblem(table.error().message);
        return;
    }
    m_table = std::move(*table);
    auto suggested = rosterimport::suggestMapping(m_db, m_table.headers);
    showTable(suggested ? *suggested : rosterimport::SuggestedMapping{rosterimport::recognisedMapping(m_table.headers), false});
}

void ImportMappingPage::showTable(const rosterimport::SuggestedMapping& suggested)
{
    const int rows = int(m_table.rows.size());
    m_summary->setText(m_table.format == io::Format::Xlsx
                           ? tr("%1 — %n row(s) under the header row (a workbook: its first sheet)", nullptr, rows).arg(m_fileName)
                           : tr("%1 — %n row(s) under the header row", nullptr, rows).arg(m_fileName));
    m_remembered->setVisible(suggested.remembered);
    m_model->setTable(m_table, suggested.mapping);
    m_shown->setText(rows > ImportPreviewModel::kPreviewRows
                         ? tr("The first %1 of %n row(s), numbered by their line in the file:", nullptr, rows)
                               .arg(ImportPreviewModel::kPreviewRows)
                         : tr("%n row(s), numbered by their line in the file:", nullptr, rows));
    // Columns fit their samples, within reason: a long notes column should
    // not push the rest off the page.
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::clamp(m_preview->columnWidth(c), 60, 260));
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    rebuildColumns(suggested.mapping);
    mappingEdited();
}

void ImportMappingPage::rebuildColumns(const rosterimport::Mapping& mapping)
{
    qDeleteAll(m_columnWidgets);
    m_columnWidgets.clear();
    m_fields.clear();
    QWidget* previous = m_delimiter;
    for (int column = 0; column < m_table.columnCount(); ++column) {
        const QString title = columnTitle(m_table.headers, column);
        auto* label = plainLabel(QString(), m_columnsBox);
        // Long headers ("Please tell us your agency or organisation") are
        // shortened on screen; the combo's accessible name says them whole.
        label->setText(label->fontMetrics().elidedText(title, Qt::ElideRight, 180));
        label->setMinimumWidth(60);
        auto* combo = new QComboBox(m_columnsBox);
        for (Field f : rosterimport::allFields())
            combo->addItem(rosterimport::fieldLabel(f), int(f));
        const Field field = size_t(column) < mapping.size() ? mapping[size_t(column)] : Field::Ignore;
        combo->setCurrentIndex(std::max(0, combo->findData(int(field))));
        combo->setAccessibleName(tr("Import column “%1” as").arg(title));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::mappingEdited);
        m_columnsGrid->addWidget(label, column, 0);
        m_columnsGrid->addWidget(combo, column, 1);
        setTabOrder(previous, combo);
        previous = combo;
        m_fields.push_back(combo);
        m_columnWidgets.push_back(label);
        m_columnWidgets.push_back(combo);
    }
    m_columnsGrid->setRowStretch(m_table.columnCount(), 1);
    // Wide enough for the headers and the combos, without a sideways scroll.
    const int wanted = m_columnsBox->sizeHint().width() + m_columnsScroll->verticalScrollBar()->sizeHint().width() +
                       2 * m_columnsScroll->frameWidth();
    m_columnsScroll->setMinimumWidth(std::clamp(wanted, 330, 480));
    setTabOrder(previous, m_preview);
}

rosterimport::Mapping ImportMappingPage::mapping() const
{
    rosterimport::Mapping mapping;
    for (QComboBox* combo : m_fields)
        mapping.push_back(Field(combo->currentData().toInt()));
    return mapping;
}

QComboBox* ImportMappingPage::fieldCombo(int column) const
{
    return column >= 0 && size_t(column) < m_fields.size() ? m_fields[size_t(column)] : nullptr;
}

void ImportMappingPage::mappingEdited()
{
    const rosterimport::Mapping current = mapping();
    m_model->setMapping(current);
    if (m_table.rows.empty()) {
        setProblem(tr("The file has no rows under its header row, so there is nobody to import."));
        return;
    }
    const Status checked = rosterimport::checkMapping(current, m_table.headers);
    setProblem(checked ? QString() : checked.error().message);
}

void ImportMappingPage::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    setCanProceed(message.isEmpty());
}

void ImportMappingPage::setCanProceed(bool can)
{
    if (can == m_canProceed)
        return;
    m_canProceed = can;
    Q_EMIT canProceedChanged(can);
}

} // namespace rt::ui
