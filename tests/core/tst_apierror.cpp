#include "base/translationinstaller.h"
#include "contract/apierror.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::ApiError;
using cube::ApiErrorKind;

Q_DECLARE_METATYPE(cube::ApiError)

namespace {

ApiError errorOf(ApiErrorKind kind, int httpStatus = 0, bool outcomeUnknown = false)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.detail = u"detail-text"_s;
    error.outcomeUnknown = outcomeUnknown;
    if (kind == ApiErrorKind::Server) {
        error.serverCode = u"4011"_s;
        error.serverMessage = u"签名校验失败"_s;
    }
    return error;
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    // The server's own message is Chinese already: look at the console's words around it.
    QString own = text;
    own.remove(u"签名校验失败"_s);
    return han.match(own).hasMatch();
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasAMessageInBothLanguages_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::newRow("network") << errorOf(ApiErrorKind::Network);
        QTest::newRow("time-out") << errorOf(ApiErrorKind::Timeout);
        QTest::newRow("TLS") << errorOf(ApiErrorKind::Tls);
        QTest::newRow("HTTP 503") << errorOf(ApiErrorKind::HttpStatus, 503);
        QTest::newRow("HTTP 429") << errorOf(ApiErrorKind::HttpStatus, 429);
        QTest::newRow("HTTP 404") << errorOf(ApiErrorKind::HttpStatus, 404);
        QTest::newRow("server code") << errorOf(ApiErrorKind::Server);
        QTest::newRow("malformed") << errorOf(ApiErrorKind::MalformedResponse);
        QTest::newRow("cancelled") << errorOf(ApiErrorKind::Cancelled);
        QTest::newRow("invalid input") << errorOf(ApiErrorKind::InvalidInput);
        QTest::newRow("write timed out") << errorOf(ApiErrorKind::Timeout, 0, true);
    }

    void everyKindHasAMessageInBothLanguages()
    {
        QFETCH(ApiError, error);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        const QString english = error.message();
        QVERIFY(!english.isEmpty());
        QVERIFY2(!hasChinese(english), qPrintable(english));

        QVERIFY(translations.install(cube::UiLanguage::SimplifiedChinese));
        const QString chinese = error.message();
        QVERIFY2(hasChinese(chinese), qPrintable(chinese));
        QVERIFY(chinese != english);
    }

    void serverErrorShowsCodeAndMessageAsGiven()
    {
        const QString text = errorOf(ApiErrorKind::Server).message();
        QVERIFY(text.contains(u"4011"_s));
        QVERIFY(text.contains(u"签名校验失败"_s));
    }

    void unknownOutcomeSaysNotToRetryBlindly()
    {
        const QString text = errorOf(ApiErrorKind::Timeout, 0, true).message();
        QVERIFY2(text.contains(u"may or may not have taken effect"_s), qPrintable(text));
        QVERIFY(!errorOf(ApiErrorKind::Timeout).message().contains(u"taken effect"_s));
    }

    void aClearRefusalSaysItWasNotDone()
    {
        for (const int status : {400, 403, 409}) {
            const QString text = errorOf(ApiErrorKind::HttpStatus, status).message();
            QVERIFY2(text.contains(u"refused the request (HTTP %1)"_s.arg(status)),
                     qPrintable(text));
            QVERIFY2(text.contains(u"It was not done"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"server has a problem"_s), qPrintable(text));
        }
        // 408 and a 5xx are not refusals.
        QVERIFY(!errorOf(ApiErrorKind::HttpStatus, 408).message().contains(u"refused"_s));
        QVERIFY(errorOf(ApiErrorKind::HttpStatus, 503).message().contains(u"has a problem"_s));
    }

    void anInterimAnswerIsNotCalledAProblemOfTheServer()
    {
        ApiError error = errorOf(ApiErrorKind::HttpStatus, 103);
        error.detail = u"Early Hints"_s;
        QString text = error.message();
        QVERIFY2(text.contains(u"only an interim answer (HTTP 103 Early Hints)"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Try again"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"server has a problem"_s), qPrintable(text));
        // A write's: it may have been done.
        error.outcomeUnknown = true;
        text = error.message();
        QVERIFY2(text.contains(u"may or may not have taken effect"_s), qPrintable(text));
    }

    void aDamagedAnswerSaysSoAndWhatToDo()
    {
        ApiError error = errorOf(ApiErrorKind::MalformedResponse);
        error.contentEncoding = u"gzip"_s;
        const QString text = error.message();
        QVERIFY2(text.contains(u"arrived damaged"_s) && text.contains(u"(gzip)"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Try again"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Could not reach"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
