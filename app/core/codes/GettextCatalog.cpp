#include "core/codes/GettextCatalog.h"

#include <QFile>

namespace Meldeklient::Codes {

namespace {
constexpr quint32 magicLittle = 0x950412de;
constexpr quint32 magicBig = 0xde120495;
constexpr qint64 maxSize = 16 * 1024 * 1024;

quint32 word(const QByteArray& bytes, qsizetype offset, bool swap)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + offset);
    const quint32 little = p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<quint32>(p[3]) << 24);
    return swap ? ((little >> 24) | ((little >> 8) & 0xff00) | ((little << 8) & 0xff0000) | (little << 24)) : little;
}
} // namespace

GettextCatalog GettextCatalog::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxSize)
        return {};
    return fromBytes(file.readAll());
}

GettextCatalog GettextCatalog::fromBytes(const QByteArray& mo)
{
    GettextCatalog catalog;
    if (mo.size() < 28)
        return catalog;
    const quint32 magic = word(mo, 0, false);
    if (magic != magicLittle && magic != magicBig)
        return catalog;
    const bool swap = magic == magicBig;
    const quint32 count = word(mo, 8, swap);
    const quint32 originals = word(mo, 12, swap);
    const quint32 translations = word(mo, 16, swap);
    const auto fits = [&](quint64 offset, quint64 length) { return offset + length <= static_cast<quint64>(mo.size()); };
    if (!fits(originals, quint64(count) * 8) || !fits(translations, quint64(count) * 8))
        return catalog;
    for (quint32 i = 0; i < count; ++i) {
        const quint32 sourceLength = word(mo, originals + i * 8, swap);
        const quint32 sourceOffset = word(mo, originals + i * 8 + 4, swap);
        const quint32 targetLength = word(mo, translations + i * 8, swap);
        const quint32 targetOffset = word(mo, translations + i * 8 + 4, swap);
        if (!fits(sourceOffset, sourceLength) || !fits(targetOffset, targetLength))
            return {};
        const QByteArray source = mo.mid(sourceOffset, sourceLength);
        if (source.isEmpty() || source.contains('\0') || source.contains('\x04'))
            continue; // the header, plurals, contexts
        const QByteArray target = mo.mid(targetOffset, targetLength);
        if (!target.isEmpty())
            catalog.m_translations.insert(QString::fromUtf8(source), QString::fromUtf8(target));
    }
    return catalog;
}

QString GettextCatalog::translate(const QString& source) const
{
    return m_translations.value(source, source);
}

} // namespace Meldeklient::Codes
