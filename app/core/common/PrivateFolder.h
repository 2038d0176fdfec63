#pragma once

#include "core/common/Result.h"

#include <QString>

namespace Meldeklient {

// Checks that keep another local account from reading or swapping the files that hold a user's data: the folder must
// belong to the current user and be writable by nobody else, and the files in it must not be symbolic links (a link
// planted at the outbox's path would make us chmod and overwrite its target).
class PrivateFolder
{
public:
    // Errors: "data-folder-missing", "data-folder-foreign-owner", "data-folder-open-to-others"; the message names
    // the folder and how to fix it.
    static Result<void> check(const QString& folder);
    // Creates `folder` owner-only (0700) when missing, then check().
    static Result<void> ensure(const QString& folder);
    // Error "data-file-symlink" when `path` is a symbolic link (dangling or not).
    static Result<void> checkNotSymlink(const QString& path);
};

} // namespace Meldeklient
