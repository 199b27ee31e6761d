/// Text safe inside an XML or HTML element or a quoted attribute, for every document
/// Keukentafel writes (the genogram's SVG, the family plan's page): markup characters
/// become entities, and characters XML does not allow, or that would break a line in a
/// title, become a space.
public func xmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\t", "\n", "\r": out += " "
        default:
            let v = scalar.value
            let allowed = v >= 0x20 && !(0x7F...0x9F).contains(v) && v != 0xFFFE && v != 0xFFFF
            out.unicodeScalars.append(allowed ? scalar : " ")
        }
    }
    return out
}
