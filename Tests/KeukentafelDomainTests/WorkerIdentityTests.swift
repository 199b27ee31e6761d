import Testing

@testable import KeukentafelDomain

@Suite("Who is working")
struct WorkerIdentityTests {
    @Test("--worker wins, then the config file, then the login name; the role comes from --role, then the file's, with its name only")
    func order() {
        let config = """
            # Keukentafel
            name: "Fatma Yılmaz"
            role: supervisor
            """
        #expect(
            WorkerIdentity.resolve(option: "Marieke", roleOption: nil, config: config, loginName: "mk")
                == WorkerIdentity(name: "Marieke", role: .worker), "another worker at a shared laptop is not the file's supervisor")
        #expect(
            WorkerIdentity.resolve(option: nil, roleOption: nil, config: config, loginName: "mk")
                == WorkerIdentity(name: "Fatma Yılmaz", role: .supervisor))
        #expect(
            WorkerIdentity.resolve(option: nil, roleOption: .trainee, config: config, loginName: "mk")
                == WorkerIdentity(name: "Fatma Yılmaz", role: .trainee))
        #expect(WorkerIdentity.resolve(option: "  ", roleOption: nil, config: nil, loginName: "mk") == WorkerIdentity(name: "mk"))
        #expect(
            WorkerIdentity.resolve(option: nil, roleOption: nil, config: "role: chef", loginName: nil) == WorkerIdentity(name: "unknown"))
    }

    @Test("the config file: key: value lines, comments and quotes; odd lines are ignored")
    func config() {
        let fields = WorkerIdentity.parseConfig("name: Sanne # my name\nnonsense\nROLE: 'trainee'\n\n: x")
        #expect(fields == ["name": "Sanne", "role": "trainee"])
    }
}
