#include "activitylog.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "fleet/fleetcache.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "transport/cubeclient.h"
#include "widgetlookup.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The SIM cards tab started on a damaged fleet cache: the status bar says once what was wrong
// and where the file went, and the list is read from the server as on a first start.
class TestDamagedFleetCache : public QObject
{
    Q_OBJECT

private:
    cube::TranslationInstaller m_translations;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    cube::ActivityLog m_activity;
    std::unique_ptr<cube::SimListPage> m_page;
    QTemporaryDir m_cacheHome;

    void makePage()
    {
        m_page = std::make_unique<cube::SimListPage>(m_account.get(), &m_activity);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    bool loaded() const { return m_page->findChild<QPushButton *>(u"reloadButton"_s)->isEnabled(); }
    int rowsShown() const { return cube::test::modelOf(m_page.get(), u"simView"_s)->rowCount(); }
    bool cacheHolds(qsizetype rows) const
    {
        cube::FleetCache cache(cube::FleetCache::defaultPath());
        const auto cached = cache.load(cube::FleetCache::accountKey(
            m_account->client().profileName(), m_account->client().settings()));
        return cached && cached->fleet.size() == rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_translations.install(cube::UiLanguage::English));
        qputenv("XDG_CACHE_HOME", m_cacheHome.path().toUtf8());
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{11, 5000});
        QVERIFY(m_simulator->listen());
        m_account = cube::test::accountFor(*m_simulator, &m_network);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_account.reset();
        m_simulator.reset();
    }

    void saysOnceWhyTheCachedListWasSetAside()
    {
        makePage();
        m_page->reload();
        QVERIFY(QTest::qWaitFor([this] { return loaded(); }, 60000));
        QVERIFY(QTest::qWaitFor([this] { return cacheHolds(5000); }, 20000));
        m_page.reset(); // the console closes

        // Twelve bytes gone from the second part of the list (4,096 SIM cards a part).
        const QString path = cube::FleetCache::defaultPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE fleet_chunks SET rows = substr(rows, 1, length(rows) - "
                               "12) WHERE chunk = 1"_s));
        }
        QSqlDatabase::removeDatabase(u"damage"_s);

        // The next start.
        makePage();
        QSignalSpy said(m_page.get(), &cube::SimListPage::statusMessage);
        m_page->reload();
        QVERIFY(QTest::qWaitFor([this] { return loaded() && rowsShown() == 5000; }, 60000));
        QStringList damaged;
        for (const QList<QVariant> &message : said)
            if (message.first().toString().contains(u"damaged"_s))
                damaged.append(message.first().toString());
        QCOMPARE(damaged.size(), 1);
        QVERIFY2(damaged.first().startsWith(u"The cached SIM list was damaged (the rows blob of "
                                            "part 2 is 12 byte"_s),
                 qPrintable(damaged.first()));
        QVERIFY2(damaged.first().contains(u"was set aside as "_s + path + u".corrupt-"_s),
                 qPrintable(damaged.first()));
        QVERIFY2(damaged.first().endsWith(u"the list is read from the server again."_s),
                 qPrintable(damaged.first()));
        const QFileInfo cacheFile(path);
        QCOMPARE(QDir(cacheFile.path())
                     .entryList({cacheFile.fileName() + u".corrupt-*"_s}, QDir::Files)
                     .size(),
                 1);

        // The list read again is kept in a new cache, and the next start is quiet.
        QVERIFY(QTest::qWaitFor([this] { return cacheHolds(5000); }, 20000));
        m_page.reset();
        makePage();
        QSignalSpy again(m_page.get(), &cube::SimListPage::statusMessage);
        m_page->reload();
        QVERIFY(QTest::qWaitFor([this] { return rowsShown() == 5000; }, 20000));
        for (const QList<QVariant> &message : again)
            QVERIFY2(!message.first().toString().contains(u"damaged"_s),
                     qPrintable(message.first().toString()));
    }
};

QTEST_MAIN(TestDamagedFleetCache)
#include "tst_damagedfleetcache.moc"
