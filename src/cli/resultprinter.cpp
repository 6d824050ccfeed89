#include "resultprinter.h"

#include "base/displaytime.h"
#include "base/servertext.h"
#include "console.h"
#include "contract/vocabulary.h"
#include "terminaltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

const auto dateFormat = u"yyyy-MM-dd"_s;

// A kind of failure as scripts read it ("timeout").
QString kindKey(ApiErrorKind kind)
{
    return vocabulary::errorKinds().key(int(kind));
}

} // namespace

ResultPrinter::ResultPrinter(OutputFormat format, ResultShape shape, QList<Column> columns)
    : m_format(format)
    , m_shape(shape)
    , m_columns(std::move(columns))
{}

QString ResultPrinter::textValue(const QVariant &value)
{
    if (value.typeId() == qMetaTypeId<NamedValue>())
        return value.value<NamedValue>().words;
    switch (value.typeId()) {
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'f', 2);
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QMetaType::QDateTime:
        return displaytime::dateTime(value.toDateTime());
    case QMetaType::QDate:
        return displaytime::date(value.toDate());
    case QMetaType::QString:
        return cleanStoredText(value.toString());
    default:
        return value.toString();
    }
}

QString ResultPrinter::plainValue(const QVariant &value)
{
    if (value.typeId() == qMetaTypeId<NamedValue>())
        return value.value<NamedValue>().key;
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', 2);
    case QMetaType::QDateTime:
        return displaytime::forScripts(value.toDateTime());
    case QMetaType::QDate:
        return value.toDate().isValid() ? value.toDate().toString(dateFormat) : QString();
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QString:
        return cleanStoredText(value.toString());
    default:
        return value.toString();
    }
}

QJsonValue ResultPrinter::jsonValue(const QVariant &value)
{
    if (value.typeId() == qMetaTypeId<NamedValue>())
        return value.value<NamedValue>().key;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QJsonValue::Null;
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return QJsonValue::fromVariant(value);
    case QMetaType::QDateTime:
    case QMetaType::QDate: {
        const QString text = plainValue(value);
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    default:
        return plainValue(value);
    }
}

QJsonObject ResultPrinter::jsonError(const ApiError &error)
{
    QJsonObject object{{u"kind"_s, kindKey(error.kind)},
                       {u"operation"_s, operationInfo(error.operation).nameString()},
                       {u"message"_s, error.message()}};
    if (!error.serverCode.isEmpty())
        object.insert(u"code"_s, error.serverCode);
    if (error.httpStatus != 0)
        object.insert(u"http_status"_s, error.httpStatus);
    if (error.outcomeUnknown)
        object.insert(u"outcome_unknown"_s, true);
    return object;
}

OrderedObject ResultPrinter::jsonRow(const QList<Column> &columns, const QVariantList &row)
{
    OrderedObject object;
    for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c)
        object.append({columns[c].key, jsonValue(row[c])});
    return object;
}

void ResultPrinter::print(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const
{
    switch (m_format) {
    case OutputFormat::Text:
        printText(jobs, outcomes);
        break;
    case OutputFormat::Json:
        printJson(jobs, outcomes);
        break;
    case OutputFormat::Csv:
    case OutputFormat::RawCsv:
        printCsv(jobs, outcomes);
        break;
    }
    if (m_shape == ResultShape::PerTarget)
        printSummary(outcomes);
}

void ResultPrinter::printText(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const
{
    QList<QStringList> rows;
    for (const JobOutcome &outcome : outcomes)
        for (const QVariantList &row : outcome.rows) {
            QStringList cells;
            for (const QVariant &value : row)
                cells.append(textValue(value));
            rows.append(cells);
        }
    if (m_shape != ResultShape::List && rows.size() == 1 && outcomes.size() == 1) {
        int width = 0;
        for (const Column &column : m_columns)
            width = qMax(width, terminaltext::displayWidth(column.title));
        QString text;
        for (qsizetype c = 0; c < m_columns.size() && c < rows.front().size(); ++c)
            text += terminaltext::padded(m_columns[c].title + u':', width + 2) + rows.front()[c]
                    + u'\n';
        console::write(text);
    } else if (!rows.isEmpty()) {
        QStringList titles;
        for (const Column &column : m_columns)
            titles.append(column.title);
        QList<int> widths;
        console::write(terminaltext::alignedTable(titles, rows, widths));
    } else if (m_shape == ResultShape::List && outcomes.size() == 1 && outcomes.front().ok()) {
        console::say(tr("Nothing found."));
    }
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (outcomes[i].ok())
            continue;
        const QString &target = jobs[i].target;
        console::say(target.isEmpty() ? outcomes[i].message()
                                      : tr("%1: %2").arg(target, outcomes[i].message()));
    }
}

void ResultPrinter::printJson(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const
{
    QList<OrderedObject> items;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const JobOutcome &outcome = outcomes[i];
        for (const QVariantList &row : outcome.rows)
            items.append(jsonRow(m_columns, row));
        if (outcome.ok())
            continue;
        OrderedObject failure;
        if (!jobs[i].target.isEmpty() && !m_columns.isEmpty())
            failure.append({m_columns.front().key, jobs[i].target});
        failure.append({u"error"_s, outcome.error
                                        ? jsonError(*outcome.error)
                                        : QJsonObject{{u"kind"_s, kindKey(ApiErrorKind::NotFound)},
                                                      {u"message"_s, outcome.problem}}});
        items.append(failure);
    }
    if (m_shape == ResultShape::Single && items.size() == 1)
        console::writeBytes(orderedJsonObject(items.constFirst()));
    else
        console::writeBytes(orderedJsonArray(items));
}

CsvWriter::Style ResultPrinter::csvStyle(OutputFormat format)
{
    return format == OutputFormat::RawCsv ? CsvWriter::Style::Raw : CsvWriter::Style::Plain;
}

void ResultPrinter::printCsv(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const
{
    CsvWriter csv(csvStyle(m_format));
    QStringList header;
    for (const Column &column : m_columns)
        header.append(column.key);
    const bool withErrors = m_shape == ResultShape::PerTarget;
    if (withErrors)
        header.append(u"error"_s);
    csv.addRow(header);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const JobOutcome &outcome = outcomes[i];
        for (const QVariantList &row : outcome.rows) {
            QStringList cells;
            for (const QVariant &value : row)
                cells.append(plainValue(value));
            if (withErrors)
                cells.append(QString());
            csv.addRow(cells);
        }
        if (outcome.ok())
            continue;
        if (withErrors) {
            QStringList cells(m_columns.size());
            cells.front() = jobs[i].target;
            cells.append(outcome.message());
            csv.addRow(cells);
        } else {
            console::say(outcome.message());
        }
    }
    console::writeBytes(csv.data());
}

void ResultPrinter::printSummary(const QList<JobOutcome> &outcomes) const
{
    qsizetype failed = 0;
    for (const JobOutcome &outcome : outcomes)
        failed += outcome.ok() ? 0 : 1;
    if (outcomes.size() < 2 && failed == 0)
        return;
    const auto succeeded = outcomes.size() - failed;
    console::say(tr("%1 succeeded, %2 failed.").arg(succeeded).arg(failed));
}

} // namespace cube::cli
