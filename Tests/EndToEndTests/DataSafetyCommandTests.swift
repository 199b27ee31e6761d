import Foundation
import KeukentafelDomain
import KeukentafelStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 15, the data-safety part, through the built binary: `-o` never harms what is at
/// the path, `destroy` takes only a whole name or id, an import holds no gaps and no
/// unknown versions or fields, a store cut short is left alone, and the smaller things.
@Suite("Data safety through the commands", .serialized)
struct DataSafetyCommandTests {
    typealias Folder = StoreCommandTests.Folder

    static func run(_ args: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        try StoreCommandTests.run(args, input: input)
    }

    /// `script` in a shell with the binary as `$KT`, for a working directory or a umask of its own.
    static func shell(_ script: String) throws -> (status: Int32, output: String) {
        try Subprocess.run([
            "env", "-i", "HOME=/tmp", "USER=werker", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "KT=\(TmuxSession.binary.path)",
            "/bin/sh", "-c", script + " 2>&1",
        ])
    }

    static func info(_ path: String) -> stat {
        var info = stat()
        lstat(path, &info)
        return info
    }

    static func type(_ path: String) -> mode_t { info(path).st_mode & S_IFMT }
    static func permissions(_ path: String) -> mode_t { info(path).st_mode & 0o7777 }

    /// A store with the demo family, and a practice round of the worker `werker` in its practice store.
    static func stores() throws -> Folder {
        let a = Folder()
        #expect(try run(["demo", "--no-open", "--store", a.path]).status == 0)
        let family = UUID()
        let member = UUID()
        let session = UUID()
        let time = Date(timeIntervalSinceReferenceDate: 800_000_000)
        func event(_ seconds: Double, _ session: UUID?, _ payload: EventPayload) -> Event {
            Event(familyID: family, sessionID: session, time: time.addingTimeInterval(seconds), author: "werker", payload: payload)
        }
        let events = [
            event(0, nil, .familyCreated(.init(name: "Oefengezin Bakker (fictief)"))),
            event(1, nil, .memberAdded(.init(memberID: member, name: "Ilse", role: .parent))),
            event(2, session, .sessionStarted(.init(number: 1, kind: .practice, worker: "werker", present: [member]))),
            event(60, session, .utteranceRecorded(.init(entryID: UUID(), speaker: member, text: "Het gaat wat beter."))),
            event(120, session, .sessionEnded(.init())),
        ]
        let file = a.url.appendingPathComponent("oefening.json")
        try FamilyExport.encode(family: family, events: events).write(to: file)
        let imported = try run(["import", file.path, "--practice", "--store", a.path])
        #expect(imported.status == 0, "\(imported.output)")
        return a
    }

    /// Every command that writes a file, with the arguments before `-o`.
    static func writers(_ store: String) -> [[String]] {
        [
            ["export", "jansen", "--store", store],
            ["plan", "jansen", "--store", store],
            ["review", "jansen", "1", "--format", "md", "--store", store],
            ["practice", "report", "--store", store],
            ["cases", "print", "school-refusal"],
        ]
    }

    @Test("every command that writes a file: a new path 0600, an existing file kept without --force and replaced with it")
    func existingFiles() throws {
        let a = try Self.stores()
        for command in Self.writers(a.path) {
            let name = command[0] + "-" + command[1]
            let path = a.url.appendingPathComponent(name).path
            let fresh = try Self.run(command + ["-o", path])
            #expect(fresh.status == 0, "\(command): \(fresh.output)")
            #expect(Self.permissions(path) == 0o600, "\(command)")
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(!written.isEmpty, "\(command)")

            let old = Data("wat hier al stond\n".utf8)
            try old.write(to: URL(fileURLWithPath: path))
            chmod(path, 0o644)
            let kept = try Self.run(command + ["-o", path])
            #expect(kept.status == 1, "\(command): \(kept.output)")
            #expect(kept.output.contains("\(path) already exists; nothing was written. Add --force to replace it."), "\(kept.output)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old, "\(command)")

            let forced = try Self.run(command + ["-o", path, "--force"])
            #expect(forced.status == 0, "\(command): \(forced.output)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != old, "\(command)")
            #expect(Self.permissions(path) == 0o600, "\(command)")

            // A link to another file is refused even with --force: neither changes.
            let other = a.url.appendingPathComponent(name + "-ander.txt")
            try old.write(to: other)
            let link = a.url.appendingPathComponent(name + "-link").path
            #expect(symlink(other.path, link) == 0)
            let linked = try Self.run(command + ["-o", link, "--force"])
            #expect(linked.status == 1 && linked.output.contains("is a symbolic link; nothing was written"), "\(linked.output)")
            #expect(try Data(contentsOf: other) == old && Self.type(link) == S_IFLNK, "\(command)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: a.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "no temporary file is left: \(leftovers)")
    }

    @Test("-o refuses a named pipe, a device, a link to another file, a dangling link and a folder, with and without --force")
    func notRegularFiles() throws {
        let a = try Self.stores()
        let fifo = a.url.appendingPathComponent("pijp").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A device of our own where that may be made (root): the same as /dev/null, in a temporary folder.
        let ownDevice = a.url.appendingPathComponent("null").path
        let device = mknod(ownDevice, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 ? ownDevice : "/dev/null"
        let deviceBefore = Self.info(device)
        let other = a.url.appendingPathComponent("ander-dossier.txt")
        let otherText = Data("een ander dossier\n".utf8)
        try otherText.write(to: other)
        let link = a.url.appendingPathComponent("link.json").path
        #expect(symlink(other.path, link) == 0)
        let dangling = a.url.appendingPathComponent("los.json").path
        let nowhere = a.url.appendingPathComponent("nergens.json").path
        #expect(symlink(nowhere, dangling) == 0)
        let folder = a.url.appendingPathComponent("map").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)

        let cases: [(String, String)] = [
            (fifo, "is a named pipe (FIFO), not a regular file; nothing was written"),
            (device, "is a character device, not a regular file; nothing was written"),
            (link, "is a symbolic link; nothing was written"),
            (dangling, "is a symbolic link; nothing was written"),
            (folder, "is a folder, not a regular file; nothing was written"),
        ]
        for (path, message) in cases {
            for force in [[], ["--force"]] {
                let r = try Self.run(["export", "jansen", "--store", a.path, "-o", path] + force)
                #expect(r.status == 1, "\(path) \(force): \(r.output)")
                #expect(r.output.contains(path + " " + message), "\(r.output)")
            }
        }
        #expect(Self.type(fifo) == S_IFIFO)
        let deviceAfter = Self.info(device)
        #expect(deviceAfter.st_mode == deviceBefore.st_mode && deviceAfter.st_rdev == deviceBefore.st_rdev, "\(device) is the same device")
        #expect(Self.type(link) == S_IFLNK && Self.type(dangling) == S_IFLNK)
        #expect(try Data(contentsOf: other) == otherText)
        #expect(!FileManager.default.fileExists(atPath: nowhere), "nothing was made where the link points")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("without -o the result goes to standard output; a relative -o lands in the working folder, 0600 whatever the umask")
    func standardOutputAndMode() throws {
        let a = try Self.stores()
        let out = try Self.run(["export", "jansen", "--store", a.path])
        #expect(out.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(out.output.utf8)) as? [String: Any]
        #expect(json?["format"] as? String == "keukentafel-family")
        let work = a.url.appendingPathComponent("werkmap")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
        let r = try Self.shell("cd '\(work.path)' && umask 277 && \"$KT\" plan jansen -o plan.md --store '\(a.path)'")
        #expect(r.status == 0, "\(r.output)")
        #expect(Self.permissions(work.appendingPathComponent("plan.md").path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["plan.md"])
        let lone = try Self.run(["plan", "jansen", "--force", "--store", a.path])
        #expect(lone.status == 64 && lone.output.contains("--force only goes with -o FILE"), "\(lone.output)")
    }

    @Test("destroy takes only the whole name or the whole id: an empty, partial or id-prefix argument destroys nothing")
    func destroyExactly() throws {
        let a = Folder()
        #expect(try Self.run(["demo", "--no-open", "--store", a.path]).status == 0)
        let id = try #require(
            (try JSONSerialization.jsonObject(with: Data(Self.run(["families", "--json", "--store", a.path]).output.utf8))
                as? [[String: Any]])?
                .first?["id"] as? String)
        for wrong in ["", " ", "e", "jansen", "Gezin Jansen", String(id.prefix(8))] {
            for yes in [["--yes"], []] {
                let r = try Self.run(["destroy", wrong, "--store", a.path] + yes, input: "Gezin Jansen (demo)")
                #expect(r.status == 3, "'\(wrong)' \(yes): \(r.output)")
                #expect(r.output.contains("No family has '\(wrong)' as its whole name or id"), "\(r.output)")
                #expect(!r.output.contains("Destroyed"))
            }
        }
        #expect(try Self.run(["families", "--store", a.path]).output.contains("Gezin Jansen (demo)"), "still there")
        // The whole name, case and accents aside, is enough.
        let r = try Self.run(["destroy", "GEZIN JANSEN (DÉMO)", "--yes", "--store", a.path])
        #expect(r.status == 0 && r.output.contains("Destroyed"), "\(r.output)")
        #expect(try Self.run(["families", "--store", a.path]).output.contains("No families yet"))
    }

    @Test("two families with the same name: destroy asks for the id, and the id destroys just that one")
    func destroySharedName() throws {
        let a = Folder()
        #expect(try Self.run(["demo", "--no-open", "--store", a.path]).status == 0)
        #expect(try Self.run(["demo", "--no-open", "--store", a.path]).status == 0)
        let ids = try #require(
            (try JSONSerialization.jsonObject(with: Data(Self.run(["families", "--json", "--store", a.path]).output.utf8))
                as? [[String: Any]])?
                .compactMap { $0["id"] as? String })
        #expect(ids.count == 2)
        let r = try Self.run(["destroy", "Gezin Jansen (demo)", "--yes", "--store", a.path])
        #expect(r.status == 3, "\(r.output)")
        #expect(r.output.contains("Several families are named 'Gezin Jansen (demo)'; give the id of the one you mean"), "\(r.output)")
        #expect(ids.allSatisfy { r.output.contains($0) }, "\(r.output)")
        let byID = try Self.run(["destroy", ids[1].lowercased(), "--yes", "--store", a.path])
        #expect(byID.status == 0, "\(byID.output)")
        let left = try Self.run(["families", "--json", "--store", a.path]).output
        #expect(left.contains(ids[0]) && !left.contains(ids[1]))
    }

    @Test("an import with an unknown format or schema version, or a field nobody knows, is refused naming it; nothing is imported")
    func importVersionsAndFields() throws {
        let a = Folder()
        let b = Folder()
        #expect(try Self.run(["demo", "--no-open", "--store", a.path]).status == 0)
        let file = a.url.appendingPathComponent("export.json")
        #expect(try Self.run(["export", "jansen", "-o", file.path, "--store", a.path]).status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        func edited(_ change: (inout [String: Any], inout [[String: Any]]) -> Void) throws -> URL {
            var r = root
            var e = events
            change(&r, &e)
            r["events"] = e
            let url = a.url.appendingPathComponent("edited-\(UUID().uuidString.prefix(6)).json")
            try JSONSerialization.data(withJSONObject: r).write(to: url)
            return url
        }
        let refusals: [(URL, String)] = [
            (try edited { r, _ in r["formatVersion"] = 0 }, "at \"formatVersion\": version 0 does not exist"),
            (try edited { r, _ in r["formatVersion"] = -1 }, "at \"formatVersion\": version -1 does not exist"),
            (try edited { r, _ in r["formatVersion"] = 2 }, "at \"formatVersion\": version 2 is from a newer Keukentafel"),
            (try edited { _, e in e[3]["schemaVersion"] = 0 }, "at events[3].schemaVersion: version 0 does not exist"),
            (try edited { _, e in e[3]["schemaVersion"] = -1 }, "at events[3].schemaVersion: version -1 does not exist"),
            (
                try edited { _, e in e[5]["payload"] = (e[5]["payload"] as? [String: Any] ?? [:]).merging(["mood": "blij"]) { $1 } },
                "at events[5].payload.mood: a field this Keukentafel does not know"
            ),
            (try edited { _, e in e[2]["mood"] = "blij" }, "at events[2].mood: a field this Keukentafel does not know"),
        ]
        for (url, message) in refusals {
            let r = try Self.run(["import", url.path, "--store", b.path])
            #expect(r.status == 3, "\(message): \(r.output)")
            #expect(r.output.contains(message) && r.output.contains("Nothing was imported"), "\(r.output)")
        }
        #expect(try Self.run(["families", "--store", b.path]).output.contains("No families yet"))
        // Our own export still goes in and comes out byte for byte.
        #expect(try Self.run(["import", file.path, "--store", b.path]).status == 0)
        let again = b.url.appendingPathComponent("again.json")
        #expect(try Self.run(["export", "jansen", "-o", again.path, "--store", b.path]).status == 0)
        #expect(try Data(contentsOf: again) == Data(contentsOf: file))
    }

    @Test("an import whose scale value, words or event name a member or session the file lacks is refused naming the place")
    func importReferences() throws {
        let a = Folder()
        let b = Folder()
        #expect(try Self.run(["demo", "--no-open", "--store", a.path]).status == 0)
        let file = a.url.appendingPathComponent("export.json")
        #expect(try Self.run(["export", "jansen", "-o", file.path, "--store", a.path]).status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        let stranger = UUID().uuidString
        for (type, key, what) in [
            ("scaleValueSet", "memberID", "a member"), ("utteranceRecorded", "speaker", "a member"),
            ("phaseChanged", "sessionID", "a session"),
        ] {
            var list = events
            let i = try #require(list.firstIndex { $0["type"] as? String == type })
            if key == "sessionID" {
                list[i][key] = stranger
            } else {
                list[i]["payload"] = (list[i]["payload"] as? [String: Any] ?? [:]).merging([key: stranger]) { $1 }
            }
            var edited = root
            edited["events"] = list
            let url = a.url.appendingPathComponent("\(type).json")
            try JSONSerialization.data(withJSONObject: edited).write(to: url)
            let r = try Self.run(["import", url.path, "--store", b.path])
            let place = key == "sessionID" ? "events[\(i)].sessionID" : "events[\(i)].payload.\(key)"
            #expect(r.status == 3, "\(r.output)")
            #expect(
                r.output.contains("malformed at \(place): names \(what) (\(stranger)) that is not in the file. Nothing was imported."),
                "\(r.output)")
        }
        #expect(try Self.run(["families", "--store", b.path]).output.contains("No families yet"))
    }

    @Test("a store one byte short is refused as damaged by every command and left byte for byte as it was, WAL or none")
    func truncatedStore() throws {
        let a = Folder()
        #expect(try Self.run(["demo", "--no-open", "--store", a.path]).status == 0)
        let source = a.url.appendingPathComponent(EventStore.databaseName)
        for withWAL in [false, true] {
            // A clean close empties the WAL; while Keukentafel is open it holds frames. Copy
            // the pair then, as a backup tool copying a store in use would.
            let live = withWAL ? try EventStore(directory: a.path) : nil
            if let live {
                try live.logAccess(family: try #require(try live.families().first).id, action: "open", user: "backup")
                #expect(Self.info(source.path + "-wal").st_size > 32, "the WAL holds frames")
            }
            let b = Folder()
            try FileManager.default.createDirectory(at: b.url, withIntermediateDirectories: true)
            let file = b.url.appendingPathComponent(EventStore.databaseName)
            let whole = try Data(contentsOf: source)
            try whole.dropLast().write(to: file)
            if withWAL {
                try Data(contentsOf: URL(fileURLWithPath: source.path + "-wal")).write(to: URL(fileURLWithPath: file.path + "-wal"))
            }
            live?.closeStore()
            let before = try Data(contentsOf: file)
            for args in [["families"], ["search", "zoe"], ["export", "jansen"], ["demo", "--no-open"]] {
                let r = try Self.run(args + ["--store", b.path])
                #expect(r.status == 3, "\(args): \(r.output)")
                #expect(r.output.contains("The store \(file.path) is damaged"), "\(r.output)")
                #expect(r.output.contains("not a whole number of pages") && r.output.contains("cut short"), "\(r.output)")
                #expect(r.output.contains("It was left untouched"), "\(r.output)")
            }
            #expect(try Data(contentsOf: file) == before, "byte for byte")
        }
    }

    @Test("an existing store folder open to others is made 0700 once, and it says so on standard error")
    func folderMode() throws {
        let a = Folder()
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        chmod(a.path, 0o755)
        let first = try Self.run(["families", "--store", a.path])
        #expect(first.status == 0)
        #expect(
            first.output.contains("the store folder \(a.path) was open to others (mode 755); it is now 700, for you alone."),
            "\(first.output)")
        #expect(Self.permissions(a.path) == 0o700)
        let second = try Self.run(["families", "--store", a.path])
        #expect(second.status == 0 && !second.output.contains("open to others"), "\(second.output)")
        // A new folder is made 0700 from the start: nothing to say.
        let b = Folder()
        let fresh = try Self.run(["families", "--store", b.path])
        #expect(!fresh.output.contains("open to others") && Self.permissions(b.path) == 0o700, "\(fresh.output)")
    }

    @Test("a search word starting with - is a word (with or without --); a mistyped --option gets a hint")
    func searchDashWords() throws {
        let a = Folder()
        #expect(try Self.run(["demo", "--no-open", "--store", a.path]).status == 0)
        for words in [["-zoe"], ["--", "-zoe"], ["--", "--zoe"]] {
            // After -- every word is a word to find, --store too: the store comes first.
            let r = try Self.run(["search", "--store", a.path] + words)
            #expect(r.status == 0 && r.output.contains("Zoë") && r.output.contains("found"), "\(words): \(r.output)")
        }
        let typo = try Self.run(["search", "--jsno", "zoe", "--store", a.path])
        #expect(typo.status == 64, "\(typo.output)")
        #expect(
            typo.output.contains("'--jsno' is not an option of search. To find it as a word, put -- before the words"), "\(typo.output)")
    }
}
