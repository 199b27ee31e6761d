import Foundation
import KeukentafelStore
import TestSupport
import Testing

/// `keukentafel plan` through the real binary: Markdown, HTML, and the HTML printed to PDF.
@Suite("Plan command", .serialized)
struct PlanCommandTests {
    typealias Folder = StoreCommandTests.Folder

    /// The demo family's goals and agreements, and its worker notes, read from its export.
    struct Demo {
        var goals: [String] = []
        var agreements: [String] = []
        var notes: [String] = []
    }

    static func demo(_ store: Folder) throws -> Demo {
        let created = try StoreCommandTests.run(["demo", "--no-open", "--store", store.path])
        #expect(created.status == 0, "\(created.output)")
        let file = store.url.appendingPathComponent("export.json").path
        #expect(try StoreCommandTests.run(["export", "jansen", "-o", file, "--store", store.path]).status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        var demo = Demo()
        for event in events {
            let payload = event["payload"] as? [String: Any] ?? [:]
            switch event["type"] as? String {
            case "goalSet": demo.goals += [payload["text"] as? String].compactMap { $0 }
            case "agreementMade": demo.agreements += [payload["what"] as? String].compactMap { $0 }
            case "noteRecorded": demo.notes += [payload["text"] as? String].compactMap { $0 }
            default: break
            }
        }
        #expect(!demo.goals.isEmpty && !demo.agreements.isEmpty && !demo.notes.isEmpty, "the demo family changed: \(events.count) events")
        return demo
    }

    /// Text with every run of white space made one space (PDF text breaks lines anywhere).
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("plan writes the demo family's plan as Markdown and HTML, logs the access, and holds no worker note")
    func markdownAndHTML() throws {
        let a = Folder()
        let demo = try Self.demo(a)
        let md = try StoreCommandTests.run(["plan", "jansen", "--lang", "nl", "--store", a.path])
        #expect(md.status == 0, "\(md.output)")
        #expect(md.output.hasPrefix("# Gezin Jansen (demo): jullie plan\n"))
        #expect(md.output.contains("## Afspraken"))
        let html = a.url.appendingPathComponent("plan.html")
        let written = try StoreCommandTests.run(["plan", "jansen", "--format", "html", "--lang", "en", "-o", html.path, "--store", a.path])
        #expect(written.status == 0, "\(written.output)")
        #expect(written.output.isEmpty, "with -o nothing goes to standard output")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("Gezin Jansen (demo): your plan"))
        #expect(!page.contains("<script") && !page.contains("http"))
        let mode = try FileManager.default.attributesOfItem(atPath: html.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        for text in demo.goals + demo.agreements {
            #expect(md.output.contains(text) && page.contains(text), "\(text) missing from the plan")
        }
        for note in demo.notes {
            #expect(!md.output.contains(note) && !page.contains(note), "a worker note in the plan")
        }
        let store = try EventStore(directory: a.path)
        let log = try store.accessLog()
        #expect(log.contains { $0.action == "plan" })
        store.closeStore()

        let unknown = try StoreCommandTests.run(["plan", "nobody-here", "--store", a.path])
        #expect(unknown.status == 3, "\(unknown.output)")
        let bad = try StoreCommandTests.run(["plan", "jansen", "--format", "pdf", "--store", a.path])
        #expect(bad.status != 0 && bad.output.contains("--format must be md or html"))
    }

    static let printTools = ["chromium", "pdftotext"].allSatisfy { tool in
        ["/usr/bin", "/bin", "/usr/local/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    @Test(
        "the HTML plan prints to PDF with every goal and agreement and none of the worker notes",
        .enabled(if: printTools, "needs chromium and pdftotext (Debian packages chromium and poppler-utils)"))
    func printsToPDF() throws {
        let a = Folder()
        let demo = try Self.demo(a)
        let html = a.url.appendingPathComponent("plan.html")
        let pdf = a.url.appendingPathComponent("plan.pdf")
        let text = a.url.appendingPathComponent("plan.txt")
        #expect(
            try StoreCommandTests.run(["plan", "jansen", "--format", "html", "--lang", "nl", "-o", html.path, "--store", a.path]).status
                == 0)
        // Its own profile and HOME, and a time limit: a browser left hanging must not hang the tests.
        let profile = a.url.appendingPathComponent("chromium-profile").path
        let printed = try Subprocess.run([
            "env", "HOME=\(a.path)", "timeout", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=\(profile)", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString,
        ])
        #expect(FileManager.default.fileExists(atPath: pdf.path), "chromium printed nothing: \(printed.output)")
        let converted = try Subprocess.run(["pdftotext", "-enc", "UTF-8", pdf.path, text.path])
        #expect(converted.status == 0, "\(converted.output)")
        let paper = Self.flat(try String(contentsOf: text, encoding: .utf8))
        #expect(paper.contains("Gezin Jansen (demo): jullie plan"), "\(paper.prefix(400))")
        for item in demo.goals + demo.agreements {
            #expect(paper.contains(Self.flat(item)), "\(item) is not on paper")
        }
        for note in demo.notes {
            #expect(!paper.contains(Self.flat(note)), "a worker note on paper")
        }
    }
}
