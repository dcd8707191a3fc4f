import DZCodec
import DZCorpus
import DZLayouts
import XCTest

final class CorpusTests: XCTestCase {
    static let inputs = try! Corpus().inputs()

    func testTheStandardCorpusIsLargeAndDeterministic() throws {
        XCTAssertGreaterThanOrEqual(Self.inputs.count, 100_000)
        let again = try Corpus().inputs()
        XCTAssertEqual(again.count, Self.inputs.count)
        XCTAssertTrue(zip(again, Self.inputs).allSatisfy { $0.bytes == $1.bytes && $0.layout == $1.layout && $0.situation == $1.situation })
        var other = CorpusOptions()
        other.seed = 7
        XCTAssertFalse(zip(try Corpus(options: other).inputs(), Self.inputs).allSatisfy { $0.bytes == $1.bytes },
                       "the seed drives the mutations")
    }

    func testEveryAccountVersionIsCovered() {
        let layouts = Set(Self.inputs.map(\.layout.reference))
        for account in Registry.standard.accounts where account.kind != .instruction(variant: 0) {
            guard case .account = account.kind else { continue }
            for version in account.versions { XCTAssertTrue(layouts.contains(version.reference), version.reference) }
        }
    }

    func testTheCorpusHoldsTheCasesProductMdLists() {
        func count(_ fragment: String) -> Int { Self.inputs.filter { $0.situation.contains(fragment) }.count }
        XCTAssertEqual(Self.inputs.filter { $0.bytes.isEmpty }.count > 0, true, "empty buffers")
        XCTAssertGreaterThan(count("cut at"), 10_000)
        XCTAssertGreaterThan(count("count=4294967295"), 50)
        XCTAssertGreaterThan(count("count past the end"), 50)
        XCTAssertGreaterThan(count("= surrogate ed a0 80"), 10)
        XCTAssertGreaterThan(count("= overlong c0 80"), 10)
        XCTAssertGreaterThan(count("= bom"), 10)
        XCTAssertGreaterThan(count("length=4294967295"), 10)
        XCTAssertGreaterThan(count("account_type="), 50)
        XCTAssertGreaterThan(count("junk bytes"), 50)
        XCTAssertGreaterThan(count("mutation"), 10_000)
        // Every value of an enum, e.g. User status 0…255 on today's User.
        let statuses = Self.inputs.filter { $0.layout.reference == "user@v7" && $0.situation.hasPrefix("user_v7 status=") }
        XCTAssertEqual(statuses.count, 255)
        // Device legacy tags 0…255, sized elements too small or past the end, V3 segment counts.
        XCTAssertEqual(Self.inputs.filter { $0.situation.hasPrefix("device_v15 deprecated_interfaces[0] tag=") }.count, 255)
        XCTAssertGreaterThan(count("interfaces[0] size=0"), 0)
        XCTAssertGreaterThan(count("+v3 deprecated_interfaces[0].flex_algo_node_segments count=4294967295"), 0)
        XCTAssertGreaterThan(count("interfaces[0].flex_algo_node_segments count=1000"), 0)
    }
}
