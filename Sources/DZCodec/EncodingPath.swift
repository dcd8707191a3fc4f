/// One step of the path to the value the encoder is writing (`deprecated_interfaces[0].name`). The
/// chain lives on the stack of the encoder's calls and becomes text only for an error or a span.
struct EncodingPath {
    enum Component {
        case root
        /// A field, by its step in the plan (which names it).
        case field(Int)
        /// A vector element, by its index.
        case element(Int)
    }

    var parent: UnsafePointer<EncodingPath>?
    var component: Component

    /// The links from the root, joined: fields with dots, elements in brackets.
    func rendered(names: [String]) -> String {
        var components = [component]
        var current = parent
        while let link = current {
            components.append(link.pointee.component)
            current = link.pointee.parent
        }
        var path = ""
        for component in components.reversed() {
            switch component {
            case .root: break
            case .field(let step): path = path.isEmpty ? names[step] : "\(path).\(names[step])"
            case .element(let index): path += "[\(index)]"
            }
        }
        return path
    }
}
