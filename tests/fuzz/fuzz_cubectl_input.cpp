// libFuzzer target: any bytes as a list cubectl reads (standard input, --from FILE), and as
// the words of its checked options: the list reader, the targets it keeps, the checks of
// ICCIDs, order codes and keys. Each ends with a value or a message.
#include "contract/ids.h"
#include "contract/vocabulary.h"
#include "listinput.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto lines = cube::cli::ListInput::read(buffer, QStringLiteral("fuzz"));
    if (const auto *read = std::get_if<QStringList>(&lines)) {
        for (const QString &target : cube::cli::ListInput::targets(*read)) {
            (void)cube::Iccid::from(target);
            (void)cube::OrderCode::from(target);
            (void)cube::vocabulary::lifeCycles().fromKey(target);
            (void)cube::vocabulary::orderStatuses().fromKey(target);
            (void)cube::vocabulary::deviceTypes().fromKey(target);
        }
    }
    return 0;
}
