#include "rejection.h"

using namespace Qt::StringLiterals;

namespace cube::sim {

namespace {

struct RejectionText
{
    Rejection rejection;
    const char16_t *code;
    const char16_t *chinese;
    const char16_t *english;
};

// The simulator's code table: one row per rejection.
constexpr RejectionText rejectionTable[] = {
    {Rejection::MalformedBody, u"4000", u"请求体不是有效的 JSON 对象",
     u"The request body is not a valid JSON object"},
    {Rejection::MissingField, u"4001", u"缺少必填参数：%1", u"Required parameter missing: %1"},
    {Rejection::WrongFieldType, u"4002", u"参数类型错误：%1", u"Parameter has the wrong type: %1"},
    {Rejection::InvalidValue, u"4003", u"参数值无效：%1", u"Invalid parameter value: %1"},
    {Rejection::UnknownAccessCode, u"4010", u"无效的接入码", u"Unknown access code"},
    {Rejection::BadSignature, u"4011", u"签名校验失败", u"Signature verification failed"},
    {Rejection::StaleTimestamp, u"4012", u"请求时间戳已过期或无效",
     u"The request timestamp is expired or invalid"},
    {Rejection::UnsupportedVersion, u"4013", u"不支持的接口版本：%1",
     u"Unsupported API version: %1"},
    {Rejection::UnknownOperation, u"4040", u"接口不存在：%1", u"No such operation: %1"},
    {Rejection::UnknownIccid, u"4041", u"设备不存在：%1", u"No such SIM card: %1"},
    {Rejection::UnknownOrder, u"4042", u"订单不存在：%1", u"No such order: %1"},
    {Rejection::UnknownPlan, u"4043", u"套餐不存在：%1", u"No such data plan: %1"},
    {Rejection::WrongOrderState, u"4090", u"订单当前状态（%1）不允许此操作",
     u"The order's current state (%1) does not allow this action"},
    {Rejection::WrongSimState, u"4091", u"设备当前状态不允许此操作：%1",
     u"The SIM card's current state does not allow this action: %1"},
    {Rejection::WrongMethod, u"4050", u"请求方法不支持，请使用 POST",
     u"Request method not supported; use POST"},
};

const RejectionText &textOf(Rejection rejection)
{
    for (const auto &row : rejectionTable) {
        if (row.rejection == rejection)
            return row;
    }
    Q_UNREACHABLE();
}

} // namespace

ReplyLanguage replyLanguageFor(const QByteArray &acceptLanguageHeader)
{
    return acceptLanguageHeader.trimmed().toLower().startsWith("en") ? ReplyLanguage::English
                                                                     : ReplyLanguage::Chinese;
}

QString rejectionCode(Rejection rejection)
{
    return QString::fromUtf16(textOf(rejection).code);
}

QString rejectionMessage(Rejection rejection, ReplyLanguage language, const QString &detail)
{
    const RejectionText &row = textOf(rejection);
    QString message =
        QString::fromUtf16(language == ReplyLanguage::English ? row.english : row.chinese);
    return message.contains("%1"_L1) ? message.arg(detail) : message;
}

} // namespace cube::sim
