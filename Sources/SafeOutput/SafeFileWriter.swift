import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a command's result to a file named on the command line (`-o FILE`) without ever
/// harming what was there: only a new path, or with `replacing` an existing regular file,
/// is written; a symbolic link is never followed or replaced, and a named pipe, a device,
/// a folder or a socket is refused. The data goes to a temporary file beside the target
/// (mode 0600, synced) that is then renamed onto it, so the target is whole or untouched.
public enum SafeFileWriter {
    /// Why nothing was written.
    public enum Refusal: Error, Equatable, Sendable {
        /// Something is at the path and replacing it was not asked for.
        case exists(path: String)
        /// A symbolic link (to anything, or dangling).
        case symbolicLink(path: String)
        /// Not a regular file; `kind` says what it is ("a named pipe (FIFO)" …).
        case notRegularFile(path: String, kind: String)
        /// The system refused (no such folder, no permission, the disk full …).
        case failed(path: String, detail: String)
    }

    /// Writes `data` to `path`, refusing as `Refusal` says. On any refusal nothing at
    /// `path` has changed and no temporary file is left behind.
    public static func write(_ data: Data, to path: String, replacing: Bool) throws(Refusal) {
        guard !path.isEmpty else { throw .failed(path: path, detail: "no file name") }
        try check(path, replacing: replacing)
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(UUID().uuidString.prefix(8)).tmp"
        // O_EXCL and O_NOFOLLOW: the temporary name is ours alone, never something planted there.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .failed(path: path, detail: lastError()) }
        var placed = false
        defer { if !placed { unlink(temporary) } }
        let problem = fill(fd, with: data, path: path)
        close(fd)
        if let problem { throw problem }
        try place(temporary, at: path, replacing: replacing)
        placed = true
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// What is at `path` now: nothing, or a regular file that may be replaced.
    static func check(_ path: String, replacing: Bool) throws(Refusal) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw .failed(path: path, detail: lastError())
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: if !replacing { throw .exists(path: path) }
        case S_IFLNK: throw .symbolicLink(path: path)
        case S_IFIFO: throw .notRegularFile(path: path, kind: "a named pipe (FIFO)")
        case S_IFCHR: throw .notRegularFile(path: path, kind: "a character device")
        case S_IFBLK: throw .notRegularFile(path: path, kind: "a block device")
        case S_IFDIR: throw .notRegularFile(path: path, kind: "a folder")
        case S_IFSOCK: throw .notRegularFile(path: path, kind: "a socket")
        default: throw .notRegularFile(path: path, kind: "not a regular file")
        }
    }

    /// Puts the finished temporary file at `path`. Without `replacing`, a hard link makes
    /// the new name appear only if nothing took it meanwhile; with it, a rename replaces
    /// the regular file in one step (a rename never writes through a link or into a pipe).
    private static func place(_ temporary: String, at path: String, replacing: Bool) throws(Refusal) {
        if !replacing {
            if link(temporary, path) == 0 {
                unlink(temporary)
                return
            }
            if errno == EEXIST { throw .exists(path: path) }
            // Some file systems (FAT, some network shares) have no hard links: check again, then rename.
            guard [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS].contains(errno) else { throw .failed(path: path, detail: lastError()) }
            try check(path, replacing: false)
        } else {
            try check(path, replacing: true)
        }
        guard rename(temporary, path) == 0 else { throw .failed(path: path, detail: lastError()) }
    }

    /// Writes all of `data` and syncs it; nil when done.
    private static func fill(_ fd: Int32, with data: Data, path: String) -> Refusal? {
        // The umask can only take bits away; the result is exactly 0600 either way.
        guard fchmod(fd, 0o600) == 0 else { return .failed(path: path, detail: lastError()) }
        let code: Int32 = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return 0
        }
        guard code == 0 else { return .failed(path: path, detail: String(cString: strerror(code))) }
        guard fsync(fd) == 0 else { return .failed(path: path, detail: lastError()) }
        return nil
    }

    /// The rename is a change to the folder: synced too, so the new file survives a power cut.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// The C library's `write`, out of reach of `SafeFileWriter.write` inside the type.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
