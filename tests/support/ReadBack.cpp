#include "ReadBack.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <unzip.h>

namespace rt::test {

// RFC 4180: fields quoted or not, "" inside quotes, CRLF between records and
// line breaks inside quoted fields. Anything else fails the test.
std::vector<QStringList> readCsv(const QByteArray& bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow)
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch != QLatin1Char('"')) {
                field += ch;
            } else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else {
                quoted = false;
            }
            continue;
        }
        if (ch == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (ch == QLatin1Char('\r')) {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == QLatin1Char('\n'));
            ++i;
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            INFO("unexpected character at " << i << ": " << text.mid(i, 20).toStdString());
            REQUIRE(ch != QLatin1Char('\n'));
            REQUIRE_FALSE(wasQuoted);
            if (ch == QLatin1Char('"')) {
                REQUIRE(field.isEmpty());
                quoted = wasQuoted = true;
            } else {
                field += ch;
            }
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty()); // the last record ends with CRLF too
    REQUIRE(record.isEmpty());
    return records;
}

// One member of the zip, read with minizip.
QByteArray unzipMember(const QString& zipPath, const char* member)
{
    unzFile zip = unzOpen(QFile::encodeName(zipPath).constData());
    REQUIRE(zip != nullptr);
    INFO(member);
    REQUIRE(unzLocateFile(zip, member, 1) == UNZ_OK);
    REQUIRE(unzOpenCurrentFile(zip) == UNZ_OK);
    QByteArray data;
    char buffer[16384];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        data.append(buffer, n);
    CHECK(n == 0);
    CHECK(unzCloseCurrentFile(zip) == UNZ_OK);
    unzClose(zip);
    return data;
}

} // namespace rt::test
