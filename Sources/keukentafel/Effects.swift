import KeukentafelApp

/// Carries out the app's commands. The session store arrives with the store issue;
/// until then creating a family says plainly that nothing was saved.
enum Effects {
    static func perform(_ command: AppCommand) -> [AppAction] {
        switch command {
        case .createFamily:
            return [.familyNotSaved]
        }
    }
}
