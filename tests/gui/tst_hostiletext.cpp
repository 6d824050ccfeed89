#include "account/account.h"
#include "activitylog.h"
#include "base/translationinstaller.h"
#include "csvexportdialog.h"
#include "cubesimulator.h"
#include "historymodel.h"
#include "historypage.h"
#include "journal/journal.h"
#include "simdetailpanel.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "widgetlookup.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

const QChar marked(QChar::ReplacementCharacter);

// The first character of `text` that must never be shown as it came: a control character, or
// an invisible or direction-changing one; empty when there is none. Line breaks of our own
// (a tooltip's, the CSV's) are allowed where `lineBreaks` says so.
QString firstHidden(const QString &text, bool lineBreaks = false)
{
    for (const uint character : text.toUcs4()) {
        if (lineBreaks && (character == u'\n' || character == u'\r'))
            continue;
        // Judged by Unicode's categories, not by the code under test: controls (Cc), format
        // characters (Cf: every bidi control, zero-width ones, U+FEFF, tags), separators.
        const QChar::Category category = QChar::category(char32_t(character));
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return u"U+%1"_s.arg(character, 4, 16, QChar(u'0')).toUpper();
    }
    return {};
}

// Every cell of `model`, as shown and as its tooltip says it, is clean; returns the first one
// that is not, or empty.
QString firstHiddenIn(const QAbstractItemModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = model->index(row, column).data(role).toString();
                if (const QString hidden = firstHidden(text, role == Qt::ToolTipRole);
                    !hidden.isEmpty())
                    return hidden + u" in "_s + text;
            }
    return {};
}

// Text as Qt shows it: what a label, a message box or a tooltip takes for rich text (a tag on
// its first line, Qt::mightBeRichText) is shown as its document's words, the markup gone.
QString shownAs(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString shownBy(const QLabel *label)
{
    return shownAs(label->text(), label->textFormat());
}

// What the hostile server puts into names (cube-sim's control-chars fault) and messages.
const QString serverMarkup = u"<b>PAID</b><font size=40>!</font><img src=\"http://"_s;

} // namespace

// The console against a server whose names, codes and messages carry escapes, bidi overrides,
// zero-width characters and spreadsheet formulas, and a journal with such text: the SIM list,
// the SIM detail, the History page and their CSV exports show it clean, codes marked, and
// formulas kept as text.
class TestHostileText : public QObject
{
    Q_OBJECT

private:
    cube::TranslationInstaller m_translations;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_translations.install(cube::UiLanguage::English));
        qputenv("XDG_CACHE_HOME", m_dir.filePath(u"cache"_s).toUtf8());
    }

    void simListAndDetailShowServerTextClean()
    {
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {8, 60});
        QVERIFY(simulator.listen());
        QString error;
        for (const QString &fault : {u"queryDeviceList:control-chars"_s,
                                     u"queryDevice:control-chars"_s, u"queryOrder:control-chars"_s})
            QVERIFY2(simulator.faults().addFaultSpec(fault, &error), qPrintable(error));
        QNetworkAccessManager network;
        const auto account = cube::test::accountFor(simulator, &network);
        cube::ActivityLog activity;
        cube::SimListPage page(account.get(), &activity);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        QVERIFY(QTest::qWaitFor(
            [&] { return page.findChild<QPushButton *>(u"reloadButton"_s)->isEnabled(); }, 30000));

        QAbstractItemModel *sims = cube::test::modelOf(&page, u"simView"_s);
        QCOMPARE(sims->rowCount(), 60);
        const QModelIndexList fakes = sims->match(sims->index(0, cube::SimTableModel::Plan),
                                                  Qt::DisplayRole, u"FAKE"_s, 1, Qt::MatchContains);
        QVERIFY(!fakes.isEmpty()); // the text is there, harmless
        QVERIFY2(firstHiddenIn(sims).isEmpty(), qPrintable(firstHiddenIn(sims)));

        // The detail of the first SIM: its own record and its orders, with spoofed codes.
        auto *detail = page.findChild<cube::SimDetailPanel *>(u"simDetail"_s);
        page.findChild<QTableView *>(u"simView"_s)->setCurrentIndex(sims->index(0, 0));
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detail); }, 20000));
        QAbstractItemModel *orders = cube::test::modelOf(detail, u"ordersView"_s);
        QVERIFY(QTest::qWaitFor([&] { return orders->rowCount() > 0; }, 10000));
        QVERIFY2(firstHiddenIn(orders).isEmpty(), qPrintable(firstHiddenIn(orders)));
        bool sawMarkedCode = false;
        for (int row = 0; row < orders->rowCount(); ++row)
            for (int column = 0; column < orders->columnCount(); ++column)
                sawMarkedCode |= orders->index(row, column).data().toString().contains(marked);
        QVERIFY(sawMarkedCode); // "L2024<RLO>0001" shows as L2024�0001, never as L20241000
        for (const QLabel *label : detail->findChildren<QLabel *>())
            QVERIFY2(firstHidden(label->text()).isEmpty(),
                     qPrintable(label->objectName() + u": "_s + label->text()));

        // Exported, the names are kept as text: a spreadsheet shows the formula, never runs it.
        const QString csvPath = m_dir.filePath(u"sims.csv"_s);
        QVERIFY(cube::test::exportThroughDialog(page.findChild<QPushButton *>(u"exportButton"_s),
                                                csvPath)
                    .answered);
        const QString csv = QString::fromUtf8(cube::test::exportedFile(csvPath));
        QVERIFY(!csv.isEmpty());
        QVERIFY2(firstHidden(csv, true).isEmpty(), qPrintable(csv.left(400)));
        QVERIFY2(csv.contains(u",\"'=HYPERLINK("_s), qPrintable(csv.left(400)));
        for (const QString &line : csv.split(u"\r\n"_s))
            QVERIFY2(!line.contains(u",=HYPERLINK"_s) && !line.contains(u",\"=HYPERLINK"_s),
                     qPrintable(line));
    }

    void historyShowsTheJournalsTextClean()
    {
        // A journal written by an older version, which took any reason, or by another program.
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {8, 20});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        cube::ClientOptions options;
        const auto journal = std::make_shared<cube::Journal>(m_dir.filePath(u"journal.sqlite"_s));
        const auto account = cube::test::accountFor(
            simulator, &network, cube::ClientFactory::defaultTimeout, options, journal);
        cube::JournalEntry entry;
        entry.operation = cube::Operation::EndOrderEarly;
        entry.subjects = {u"L2024\u202E0001"_s};
        entry.reason = u"=1+1\t\u001b]0;owned\u0007\r\nFAKE: done \u202Etxt.exe\u200B"_s;
        entry.fields = QJsonObject{{u"order_code"_s, u"L2024\u202E0001"_s},
                                   {u"ahead_finish_cause"_s, entry.reason},
                                   {u"device_type"_s, u"1\u2066"_s}};
        QVERIFY(!journal->record(entry).has_value());
        journal->markSent(entry.id);
        journal->markAnswered(entry.id, cube::JournalState::Refused, u"40\u200B90"_s,
                              u"refused\u001b]52;c;ZWNobyBvd25lZA==\u0007\u2066"_s);

        cube::HistoryPage page(account.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModel *history = cube::test::modelOf(&page, u"historyView"_s);
        QVERIFY(QTest::qWaitFor([&] { return history->rowCount() == 1; }, 5000));
        QVERIFY2(firstHiddenIn(history).isEmpty(), qPrintable(firstHiddenIn(history)));
        QCOMPARE(history->index(0, cube::HistoryModel::Subject).data().toString(),
                 u"L2024"_s + marked + u"0001"_s);
        QVERIFY(
            history->index(0, cube::HistoryModel::Reason).data().toString().contains(u"FAKE"_s));

        // The whole entry, on double-click (Enter on the row).
        auto *view = page.findChild<QTableView *>(u"historyView"_s);
        view->setFocus();
        view->setCurrentIndex(history->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = page.findChild<QMessageBox *>(u"historyDetails"_s)); }, 5000));
        QVERIFY2(firstHidden(box->text()).isEmpty(), qPrintable(box->text()));
        QVERIFY2(firstHidden(box->informativeText(), true).isEmpty(),
                 qPrintable(box->informativeText()));
        box->close();

        // Exported: clean, and the reason that starts with a formula is kept as text.
        const QString path = m_dir.filePath(u"history.csv"_s);
        QVERIFY(
            cube::test::exportThroughDialog(page.findChild<QPushButton *>(u"exportButton"_s), path)
                .answered);
        const QString csv = QString::fromUtf8(cube::test::exportedFile(path));
        QVERIFY2(firstHidden(csv, true).isEmpty(), qPrintable(csv));
        QVERIFY2(csv.contains(u",\"'=1+1"_s + marked), qPrintable(csv));
        QVERIFY2(!csv.contains(u",=1+1"_s) && !csv.contains(u",\"=1+1"_s), qPrintable(csv));
    }

    // Names and messages with HTML in them (bold words, a huge font, an image from elsewhere)
    // are shown as the server wrote them: the SIM list's tooltips, the SIM detail's labels and
    // its orders' tooltips; the journal's codes, user and answer in the History page, its
    // tooltips and its details box. Nothing is formatted and no image is shown.
    void serverMarkupIsShownAsWritten()
    {
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {8, 20});
        QVERIFY(simulator.listen());
        QString error;
        for (const QString &fault : {u"queryDeviceList:control-chars"_s,
                                     u"queryDevice:control-chars"_s, u"queryOrder:control-chars"_s})
            QVERIFY2(simulator.faults().addFaultSpec(fault, &error), qPrintable(error));
        QNetworkAccessManager network;
        const auto account = cube::test::accountFor(simulator, &network);
        cube::ActivityLog activity;
        cube::SimListPage page(account.get(), &activity);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        QVERIFY(QTest::qWaitFor(
            [&] { return page.findChild<QPushButton *>(u"reloadButton"_s)->isEnabled(); }, 30000));

        QAbstractItemModel *sims = cube::test::modelOf(&page, u"simView"_s);
        const QModelIndexList named =
            sims->match(sims->index(0, cube::SimTableModel::Plan), Qt::DisplayRole, serverMarkup, 1,
                        Qt::MatchContains);
        QVERIFY(!named.isEmpty()); // a SIM whose plan name carries the markup
        const QModelIndex plan = named.constFirst();
        const QString planTip = plan.data(Qt::ToolTipRole).toString();
        QVERIFY2(shownAs(planTip).contains(serverMarkup), qPrintable(planTip));

        auto *detail = page.findChild<cube::SimDetailPanel *>(u"simDetail"_s);
        page.findChild<QTableView *>(u"simView"_s)->setCurrentIndex(plan.siblingAtColumn(0));
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detail); }, 20000));
        auto *planValue = detail->findChild<QLabel *>(u"planValue"_s);
        QVERIFY2(shownBy(planValue).contains(serverMarkup), qPrintable(shownBy(planValue)));
        for (const QLabel *label : detail->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u"<b>PAID"_s) || shownBy(label).contains(serverMarkup),
                     qPrintable(label->objectName() + u": "_s + shownBy(label)));
        QAbstractItemModel *orders = cube::test::modelOf(detail, u"ordersView"_s);
        QVERIFY(QTest::qWaitFor([&] { return orders->rowCount() > 0; }, 10000));
        int tipsWithMarkup = 0;
        for (int column = 0; column < orders->columnCount(); ++column) {
            const QModelIndex cell = orders->index(0, column);
            if (!cell.data().toString().contains(serverMarkup))
                continue;
            ++tipsWithMarkup;
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(shownAs(tip).contains(serverMarkup), qPrintable(tip));
        }
        QVERIFY(tipsWithMarkup > 0);

        // The journal: a code, a user and a server's answer with markup, from an older version
        // or another program.
        QNetworkAccessManager journalNetwork;
        cube::ClientOptions options;
        const auto journal =
            std::make_shared<cube::Journal>(m_dir.filePath(u"markup-journal.sqlite"_s));
        const auto journaled = cube::test::accountFor(
            simulator, &journalNetwork, cube::ClientFactory::defaultTimeout, options, journal);
        const QString code = u"<b>L2024</b>0001"_s;
        cube::JournalEntry entry;
        entry.operation = cube::Operation::EndOrderEarly;
        entry.subjects = {code};
        entry.osUser = u"<img src=\"http://cube-markup.invalid/u.png\">admin"_s;
        entry.fields = QJsonObject{{u"order_code"_s, code}};
        QVERIFY(!journal->record(entry).has_value());
        journal->markSent(entry.id);
        journal->markAnswered(entry.id, cube::JournalState::Refused, u"4090"_s,
                              u"<b>PAID</b> <font size=40>refused</font>"_s);

        cube::HistoryPage history(journaled.get());
        history.resize(1200, 700);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        QAbstractItemModel *changes = cube::test::modelOf(&history, u"historyView"_s);
        QVERIFY(QTest::qWaitFor([&] { return changes->rowCount() == 1; }, 5000));
        const QModelIndex subject = changes->index(0, cube::HistoryModel::Subject);
        QCOMPARE(subject.data().toString(), code);
        for (int column = 0; column < changes->columnCount(); ++column) {
            const QString tip = changes->index(0, column).data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.contains(u"PAID"_s) || shownAs(tip).contains(u"<b>PAID</b>"_s),
                     qPrintable(tip));
        }
        const QString answerTip =
            changes->index(0, cube::HistoryModel::Outcome).data(Qt::ToolTipRole).toString();
        QVERIFY2(shownAs(answerTip).contains(u"<b>PAID</b> <font size=40>refused</font>"_s),
                 qPrintable(answerTip));

        auto *view = history.findChild<QTableView *>(u"historyView"_s);
        view->setFocus();
        view->setCurrentIndex(changes->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = history.findChild<QMessageBox *>(u"historyDetails"_s)); }, 5000));
        // Each label of the box (its text and its informative text) shows what it quotes as
        // written, wherever the quote stands.
        const QStringList quoted{code, u"<img src=\"http://cube-markup.invalid/u.png\">admin"_s,
                                 u"<b>PAID</b> <font size=40>refused</font>"_s};
        QStringList seen;
        for (const QLabel *label : box->findChildren<QLabel *>()) {
            for (const QString &quote : quoted) {
                if (!label->text().contains(quote))
                    continue;
                seen.append(quote);
                QVERIFY2(shownBy(label).contains(quote),
                         qPrintable(label->objectName() + u": "_s + shownBy(label)));
            }
        }
        for (const QString &quote : quoted)
            QVERIFY2(seen.contains(quote), qPrintable(quote));
        QVERIFY2(shownBy(box->findChild<QLabel *>(u"qt_msgbox_label"_s)).contains(code),
                 qPrintable(box->text()));
        box->close();
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
