#pragma once
// Reading exports back the way other programs would: a CSV by an RFC 4180
// reader, a member of an XLSX (a zip) with minizip.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace rt::test {

// UTF-8 with a BOM, RFC 4180 quoting, CRLF: anything else fails the test.
std::vector<QStringList> readCsv(const QByteArray& bytes);
QByteArray unzipMember(const QString& zipPath, const char* member);

} // namespace rt::test
