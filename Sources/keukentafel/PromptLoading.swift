import KeukentafelApp
import PromptLibrary
import ShippedPrompts

/// Builds the question library: the shipped prompts, with an organisation folder laid
/// over them. Problems never stop the program: they become one notice.
enum PromptLoading {
    static func load(organisationDirectory: String?) -> (catalog: PromptCatalog, notice: UIText?) {
        guard let directory = organisationDirectory else {
            return (ShippedPrompts.catalog, nil)
        }
        let files: [PromptFile]
        do {
            files = try PromptDirectory.read(directory)
        } catch {
            return (ShippedPrompts.catalog, .promptBrowserFormat(.organisationPromptsUnreadable(error.description)))
        }
        let catalog = PromptCatalog(shipped: ShippedPrompts.files, organisation: files)
        let errors = catalog.errors
        guard let first = errors.first else { return (catalog, nil) }
        return (
            catalog, .promptBrowserFormat(.organisationPromptsBroken(directory: directory, errors: errors.count, first: first.description))
        )
    }
}
