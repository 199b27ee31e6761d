import KeukentafelDomain

/// One standalone HTML page around a body: the doctype, the language, the title and the
/// inline style, nothing loaded from elsewhere. The family plan, the review report and the
/// practice report all print through it.
enum StandalonePage {
    static func html(title: String, language: Language, css: String, body: [String]) -> String {
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(xmlEscaped(title))</title>",
            "<style>",
            css,
            "</style>",
            "</head>",
            "<body>",
        ]
        return (head + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }
}
