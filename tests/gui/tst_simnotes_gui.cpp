#include "account/account.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "fleet/fleetcache.h"
#include "mainwindow.h"
#include "notes/simnotesstore.h"
#include "simdetailpanel.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Notes and tags on SIM cards as a person keeps them in the console: typed in the SIM's
// detail and saved (the button, or Ctrl+S), shown in the list's Note column at once, found by
// the real search box (tag:acme finds exactly the SIMs tagged acme, words find their notes),
// nothing typed lost when another SIM is chosen first, and all of it there at the next start.
class TestSimNotesGui : public QObject
{
    Q_OBJECT

private:
    cube::TranslationInstaller m_translations;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;

    // The console's account: its local stores (the notes among them) in this test's folder.
    std::unique_ptr<cube::Account> makeAccount()
    {
        return cube::test::accountInFolder(*m_simulator, &m_network, *m_folder);
    }

    std::unique_ptr<cube::MainWindow> openWindow(cube::Account *account) const
    {
        auto window = std::make_unique<cube::MainWindow>(account);
        window->setWindowState(Qt::WindowNoState);
        window->resize(1560, 960);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QAbstractItemModel *sims = cube::test::modelOf(window.get(), u"simView"_s);
        const int all = int(m_simulator->fleet().sims().size());
        if (!QTest::qWaitFor([&] { return sims->rowCount() == all; }, 20000))
            return nullptr;
        return window;
    }

    QString iccidOf(int sim) const { return m_simulator->fleet().sims().at(sim).iccid; }

    static QTableView *simView(const QWidget *window)
    {
        return window->findChild<QTableView *>(u"simView"_s);
    }

    static cube::SimDetailPanel *detailOf(const QWidget *window)
    {
        return window->findChild<cube::SimDetailPanel *>(u"simDetail"_s);
    }

    template<typename T>
    static T *inDetail(const QWidget *window, const QString &name)
    {
        return detailOf(window)->findChild<T *>(name);
    }

    static int rowOf(const QWidget *window, const QString &iccid)
    {
        QAbstractItemModel *sims = simView(window)->model();
        const QModelIndexList found = sims->match(sims->index(0, cube::SimTableModel::Iccid),
                                                  Qt::DisplayRole, iccid, 1, Qt::MatchExactly);
        return found.isEmpty() ? -1 : found.constFirst().row();
    }

    // Clicks the SIM's row, as a person does, and waits for its detail.
    static bool openSim(const QWidget *window, const QString &iccid)
    {
        QTableView *view = simView(window);
        const int row = rowOf(window, iccid);
        if (row < 0)
            return false;
        view->scrollTo(view->model()->index(row, cube::SimTableModel::Imsi));
        const QRect cell = view->visualRect(view->model()->index(row, cube::SimTableModel::Imsi));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        return detailOf(window)->iccid() == iccid
               && QTest::qWaitFor([&] { return cube::test::detailIsSettled(detailOf(window)); },
                                  20000);
    }

    static QString noteColumnOf(const QWidget *window, const QString &iccid)
    {
        const int row = rowOf(window, iccid);
        return row < 0 ? u"(not shown)"_s
                       : simView(window)
                             ->model()
                             ->index(row, cube::SimTableModel::Note)
                             .data()
                             .toString();
    }

    // Types into the detail's note and tags, as a person does (the fields cleared first).
    static void type(const QWidget *window, const QString &note, const QString &tags)
    {
        auto *text = inDetail<QPlainTextEdit>(window, u"noteEdit"_s);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(text, Qt::Key_Delete);
        const QStringList lines = note.split(u'\n');
        for (qsizetype line = 0; line < lines.size(); ++line) {
            if (line > 0)
                QTest::keyClick(text, Qt::Key_Return);
            QTest::keyClicks(text, lines.at(line));
        }
        auto *tagsEdit = inDetail<QLineEdit>(window, u"tagsEdit"_s);
        tagsEdit->setFocus();
        tagsEdit->selectAll();
        QTest::keyClick(tagsEdit, Qt::Key_Delete);
        QTest::keyClicks(tagsEdit, tags);
    }

    // The ICCIDs the list shows once the search typed in the real search box is done.
    static QSet<QString> searchFor(const QWidget *window, const QString &search)
    {
        auto *box = window->findChild<QLineEdit *>(u"searchEdit"_s);
        box->clear();
        QTest::keyClicks(box, search);
        auto *model = qobject_cast<cube::SimTableModel *>(simView(window)->model());
        QSet<QString> shown;
        if (!QTest::qWaitFor([&] { return !model->isBusy(); }, 20000))
            return {u"(the search did not end)"_s};
        for (int row = 0; row < model->rowCount(); ++row)
            shown.insert(model->index(row, cube::SimTableModel::Iccid).data().toString());
        return shown;
    }

private slots:
    void initTestCase() { QVERIFY(m_translations.install(cube::UiLanguage::English)); }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{24, 120});
        QVERIFY(m_simulator->listen());
    }

    void cleanup()
    {
        m_simulator.reset();
        m_folder.reset();
    }

    void aNoteSavedInTheDetailIsShownAndFound()
    {
        auto account = makeAccount();
        auto window = openWindow(account.get());
        QVERIFY(window);
        QVERIFY(openSim(window.get(), iccidOf(3)));
        auto *save = inDetail<QPushButton>(window.get(), u"noteSaveButton"_s);
        auto *status = inDetail<QLabel>(window.get(), u"noteStatusLabel"_s);
        QVERIFY(!save->isEnabled()); // nothing typed, nothing to save
        QCOMPARE(noteColumnOf(window.get(), iccidOf(3)), QString());

        // Typed and saved with the button: the list's Note column shows tags, then line one.
        type(window.get(), u"Customer ACME, ticket 4711\nreplaced 2026-12-01"_s, u"ACME, vip"_s);
        QVERIFY(save->isEnabled());
        QVERIFY2(status->text().startsWith(u"Not saved yet"_s), qPrintable(status->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(window->statusBar()->currentMessage(),
                 u"The note of SIM %1 is saved on this computer."_s.arg(iccidOf(3)));
        QCOMPARE(noteColumnOf(window.get(), iccidOf(3)),
                 u"#acme #vip Customer ACME, ticket 4711"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(status->text().startsWith(u"Changed by "_s), qPrintable(status->text()));
        // The tags as kept: lower-case.
        QCOMPARE(inDetail<QLineEdit>(window.get(), u"tagsEdit"_s)->text(), u"acme, vip"_s);

        // Another SIM tagged acme, saved with Ctrl+S in the tags field.
        QVERIFY(openSim(window.get(), iccidOf(10)));
        QCOMPARE(inDetail<QPlainTextEdit>(window.get(), u"noteEdit"_s)->toPlainText(), QString());
        type(window.get(), QString(), u"acme"_s);
        QTest::keyClick(inDetail<QLineEdit>(window.get(), u"tagsEdit"_s), Qt::Key_S,
                        Qt::ControlModifier);
        QCOMPARE(noteColumnOf(window.get(), iccidOf(10)), u"#acme"_s);
        // A third with a note only, saved with Ctrl+S in the note.
        QVERIFY(openSim(window.get(), iccidOf(17)));
        type(window.get(), u"Returned by the customer"_s, QString());
        inDetail<QPlainTextEdit>(window.get(), u"noteEdit"_s)->setFocus();
        QTest::keyClick(inDetail<QPlainTextEdit>(window.get(), u"noteEdit"_s), Qt::Key_S,
                        Qt::ControlModifier);
        QCOMPARE(noteColumnOf(window.get(), iccidOf(17)), u"Returned by the customer"_s);

        // The real search box: tag:acme finds exactly the two SIMs tagged acme.
        QCOMPARE(searchFor(window.get(), u"tag:acme"_s), (QSet<QString>{iccidOf(3), iccidOf(10)}));
        QCOMPARE(searchFor(window.get(), u"tag:vip"_s), QSet<QString>{iccidOf(3)});
        // Words of a note, in any case; the second line too.
        QCOMPARE(searchFor(window.get(), u"ticket 4711"_s), QSet<QString>{iccidOf(3)});
        QCOMPARE(searchFor(window.get(), u"REPLACED"_s), QSet<QString>{iccidOf(3)});
        QCOMPARE(searchFor(window.get(), u"customer"_s), (QSet<QString>{iccidOf(3), iccidOf(17)}));
        // A number search finds what it found before.
        QCOMPARE(searchFor(window.get(), iccidOf(5)), QSet<QString>{iccidOf(5)});

        // A tag taken off while the list shows tag:acme: the SIM leaves the list.
        searchFor(window.get(), u"tag:acme"_s);
        QVERIFY(openSim(window.get(), iccidOf(10)));
        type(window.get(), QString(), QString());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *model = qobject_cast<cube::SimTableModel *>(simView(window.get())->model());
        QVERIFY(QTest::qWaitFor([&] { return !model->isBusy() && model->rowCount() == 1; }, 5000));
        QCOMPARE(rowOf(window.get(), iccidOf(3)), 0);

        // The next start of the console: the notes are there, and found.
        window.reset();
        account.reset();
        account = makeAccount();
        window = openWindow(account.get());
        QVERIFY(window);
        QCOMPARE(noteColumnOf(window.get(), iccidOf(3)),
                 u"#acme #vip Customer ACME, ticket 4711"_s);
        QCOMPARE(noteColumnOf(window.get(), iccidOf(10)), QString());
        QCOMPARE(searchFor(window.get(), u"tag:acme"_s), QSet<QString>{iccidOf(3)});
        QVERIFY(openSim(window.get(), iccidOf(3)));
        QCOMPARE(inDetail<QPlainTextEdit>(window.get(), u"noteEdit"_s)->toPlainText(),
                 u"Customer ACME, ticket 4711\nreplaced 2026-12-01"_s);
    }

    // Another SIM chosen before Save: what was typed stays as that SIM's draft, said so, and is
    // saved when the SIM is chosen again; nothing of it leaks into the other SIM.
    void textTypedIsKeptWhenAnotherSimIsChosen()
    {
        auto account = makeAccount();
        auto window = openWindow(account.get());
        QVERIFY(window);
        QVERIFY(openSim(window.get(), iccidOf(4)));
        type(window.get(), u"Half a thought"_s, u"draft"_s);
        QVERIFY(openSim(window.get(), iccidOf(6)));
        QCOMPARE(window->statusBar()->currentMessage(),
                 u"The note of SIM %1 is not saved: it is kept as a draft. Choose that SIM card "
                 "again to save it."_s.arg(iccidOf(4)));
        QCOMPARE(inDetail<QPlainTextEdit>(window.get(), u"noteEdit"_s)->toPlainText(), QString());
        QCOMPARE(inDetail<QLineEdit>(window.get(), u"tagsEdit"_s)->text(), QString());
        QVERIFY(!inDetail<QPushButton>(window.get(), u"noteSaveButton"_s)->isEnabled());
        QCOMPARE(noteColumnOf(window.get(), iccidOf(4)), QString()); // not saved

        QVERIFY(openSim(window.get(), iccidOf(4)));
        QCOMPARE(inDetail<QPlainTextEdit>(window.get(), u"noteEdit"_s)->toPlainText(),
                 u"Half a thought"_s);
        QCOMPARE(inDetail<QLineEdit>(window.get(), u"tagsEdit"_s)->text(), u"draft"_s);
        const QString said = inDetail<QLabel>(window.get(), u"noteStatusLabel"_s)->text();
        QVERIFY2(said.startsWith(u"A draft from before"_s), qPrintable(said));
        QTest::mouseClick(inDetail<QPushButton>(window.get(), u"noteSaveButton"_s), Qt::LeftButton);
        QCOMPARE(noteColumnOf(window.get(), iccidOf(4)), u"#draft Half a thought"_s);
    }

    // A column layout kept by a console without the Note column (seven columns, one moved and
    // one hidden) is taken up as it was, and the Note column shows beside it.
    void aColumnLayoutFromBeforeShowsTheNoteColumn()
    {
        {
            QStandardItemModel before(0, cube::SimTableModel::Note);
            QTableView view;
            view.setModel(&before);
            view.horizontalHeader()->setSectionsMovable(true);
            view.horizontalHeader()->moveSection(cube::SimTableModel::Status, 0);
            view.horizontalHeader()->setSectionHidden(cube::SimTableModel::Imsi, true);
            QSettings().setValue(u"simList/header"_s, view.horizontalHeader()->saveState());
        }
        auto account = makeAccount();
        auto window = openWindow(account.get());
        QVERIFY(window);
        QHeaderView *header = simView(window.get())->horizontalHeader();
        QCOMPARE(header->count(), int(cube::SimTableModel::ColumnCount));
        QVERIFY(!header->isSectionHidden(cube::SimTableModel::Note));
        QVERIFY(header->sectionSize(cube::SimTableModel::Note) > 0);
        QVERIFY(header->isSectionHidden(cube::SimTableModel::Imsi));
        QCOMPARE(header->logicalIndex(0), int(cube::SimTableModel::Status));
        QCOMPARE(
            simView(window.get())->model()->headerData(cube::SimTableModel::Note, Qt::Horizontal),
            QVariant(u"Note"_s));
    }

    // A tag that is no tag is not saved, and the detail and the status bar say why.
    void aTagThatIsNoTagIsRefusedWithWords()
    {
        auto account = makeAccount();
        auto window = openWindow(account.get());
        QVERIFY(window);
        QVERIFY(openSim(window.get(), iccidOf(2)));
        type(window.get(), u"Fine"_s, u"acme, big customer!"_s);
        QTest::mouseClick(inDetail<QPushButton>(window.get(), u"noteSaveButton"_s), Qt::LeftButton);
        const QString said = inDetail<QLabel>(window.get(), u"noteStatusLabel"_s)->text();
        QVERIFY2(said.startsWith(u"Not saved: \"customer!\" cannot be a tag"_s), qPrintable(said));
        QVERIFY(window->statusBar()->currentMessage().contains(u"was not saved"_s));
        QCOMPARE(noteColumnOf(window.get(), iccidOf(2)), QString());
        // Notes are kept under the account (its server and access code), not the profile.
        QVERIFY(!cube::SimNotesStore(m_folder->filePath(u"notes.sqlite"_s),
                                     cube::FleetCache::accountKey({}, account->client().settings()))
                     .note(iccidOf(2)));
    }

    // A damaged notes file beside the journal is set aside when the SIM list reads the notes,
    // and the SIM list's status says so, and where the old file is.
    void aDamagedNotesFileIsSaidToBeSetAside()
    {
        const QString path = m_folder->filePath(u"notes.sqlite"_s);
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();
        auto account = makeAccount();
        cube::MainWindow window(account.get());
        auto *page = window.findChild<cube::SimListPage *>();
        QVERIFY(page);
        QSignalSpy said(page, &cube::SimListPage::statusMessage);
        window.show();
        const auto setAside = [&] {
            for (const QList<QVariant> &message : std::as_const(said))
                if (message.at(0).toString().contains(u"was set aside as "_s + path
                                                      + u".corrupt-"_s))
                    return true;
            return false;
        };
        QVERIFY2(
            QTest::qWaitFor(setAside, 20000),
            qPrintable(said.isEmpty() ? u"(nothing said)"_s : said.constLast().at(0).toString()));
    }
};

QTEST_MAIN(TestSimNotesGui)
#include "tst_simnotes_gui.moc"
