#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace Meldeklient {

// What a file handed to the program holds; each kind has its own size limit.
enum class InputKind {
    Notification, // a FHIR Bundle with one notification (validate, submit, export)
    CodeList, // a code list to import (FHIR JSON, Iris tables, CSV)
};

// Reads input named by the user, bounded: only regular files (a FIFO would block, a device or /dev/zero would never
// end, a folder cannot be read), never more than the kind's limit, and every refusal has its own code and a
// translated message naming the file. Every command that reads a file goes through here.
class InputFile
{
public:
    // A notification is a few kilobytes; 2 MB leaves room for every free-text field at its limit many times over.
    static constexpr qint64 MaxNotificationBytes = 2 * 1024 * 1024;
    // The largest official list we import, Iris's ValidIcdCodes.csv, is about 2 MB; 64 MB leaves room for growth.
    static constexpr qint64 MaxCodeListBytes = 64 * 1024 * 1024;
    // One line of `check-id -`: a number with spaces and separators is far shorter.
    static constexpr qint64 MaxIdentifierLineBytes = 256;

    static qint64 maxBytes(InputKind kind);

    // Errors: "input-missing" (no such file), "input-not-a-file" (folder, FIFO, device, socket), "input-too-large",
    // "input-unreadable" (permissions, I/O). isInputError() tells these codes apart from others.
    static Result<QByteArray> read(const QString& path, InputKind kind);
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
    static bool isInputError(const Error& error);

    // One line from `device` without its line end, at most `maxBytes` bytes: the rest of a longer line is read and
    // dropped, and `truncated` says so. std::nullopt at the end of the input.
    static std::optional<QByteArray> readLine(QIODevice& device, qint64 maxBytes, bool* truncated = nullptr);
};

} // namespace Meldeklient
