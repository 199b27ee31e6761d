import TerminalUI

/// Keys on the new-family form.
enum NewFamilyScreen {
    static func handle(_ event: InputEvent, _ screen: inout NewFamilyState, _ state: inout AppState) -> [AppCommand] {
        switch event {
        case .paste(let text):
            screen.form.paste(text)
        case .key(let k):
            switch screen.form.handle(k) {
            case .submit:
                return submit(&screen, &state)
            case .cancel:
                if screen.isBlank {
                    state.screen = .home(HomeState())
                } else {
                    state.overlay = .dialog(
                        Dialog(title: state.t(.discardTitle), message: state.t(.discardMessage),
                               buttons: [state.t(.discardKeep), state.t(.discardConfirm)]),
                        .discardNewFamily)
                }
            case .edited, .moved, .unhandled:
                break
            }
        default:
            break
        }
        return []
    }

    private static func submit(_ screen: inout NewFamilyState, _ state: inout AppState) -> [AppCommand] {
        let name = normaliseSpaces(screen.form.value(0))
        guard !name.isEmpty else {
            screen.form.errors[0] = state.t(.errorNameRequired)
            screen.form.focus(0)
            return []
        }
        let members = screen.form.value(1)
            .split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
            .map { normaliseSpaces(String($0)) }
            .filter { !$0.isEmpty }
        return [.createFamily(name: name, members: members)]
    }

    /// Collapses runs of whitespace (including pasted line breaks) to one space.
    static func normaliseSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
