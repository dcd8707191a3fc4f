// Implementation-only: clients must never load the CPython headers, which clash with Dispatch's in one
// Clang context. Safe without library evolution because no CPython type appears in a stored layout.
@_implementationOnly import CPython

/// Why the embedded interpreter could not load a Python reader.
public enum EmbeddedPythonError: Error, CustomStringConvertible {
    case initialization(String)
    case load(String, String)

    public var description: String {
        switch self {
        case .initialization(let reason): "embedded Python: cannot start the interpreter: \(reason)"
        case .load(let module, let reason): "embedded Python: cannot load \(module): \(reason)"
        }
    }
}

/// A Python reader (`sdk-py-spec`, a published SDK release) loaded in-process through the CPython C API,
/// called once per input. The interpreter
/// starts once per process (CPython cannot be restarted cleanly) and is isolated from the environment,
/// so results do not depend on PYTHONPATH or user site-packages.
public final class EmbeddedPython: @unchecked Sendable {
    /// `dzspec.decode_line`, held opaque so that no CPython type appears in this module's interface and
    /// clients never load the CPython headers (they clash with Dispatch's in the same Clang context).
    private let decodeLine: OpaquePointer

    /// `specDirectory` holds the `dzspec` package; `layoutsJSON` is the text of fixtures/layouts.json.
    public convenience init(specDirectory: String, layoutsJSON: String) throws {
        try self.init(paths: [specDirectory], module: "dzspec", load: [layoutsJSON])
    }

    /// Imports `module` with `paths` first on `sys.path` and calls its `load(*arguments)`; answers come
    /// from the `decode_line` of what `load` returns, or of the module when it returns None.
    public init(paths: [String], module name: String, load arguments: [String]) throws {
        try Self.startInterpreter()
        let state = PyGILState_Ensure()
        defer { PyGILState_Release(state) }
        guard let sys = PyImport_ImportModule("sys"), let path = PyObject_GetAttrString(sys, "path") else {
            throw EmbeddedPythonError.load(name, Self.takeException())
        }
        defer { Py_DecRef(sys); Py_DecRef(path) }
        for (index, entry) in paths.enumerated() {
            let directory = PyUnicode_FromString(entry)
            defer { Py_DecRef(directory) }
            guard PyList_Insert(path, index, directory) == 0 else { throw EmbeddedPythonError.load(name, Self.takeException()) }
        }
        guard let module = PyImport_ImportModule(name) else {
            throw EmbeddedPythonError.load(name, Self.takeException())
        }
        defer { Py_DecRef(module) }
        guard let load = PyObject_GetAttrString(module, "load") else {
            throw EmbeddedPythonError.load(name, Self.takeException())
        }
        defer { Py_DecRef(load) }
        let tuple = PyTuple_New(arguments.count)
        defer { Py_DecRef(tuple) }
        for (index, argument) in arguments.enumerated() {
            PyTuple_SetItem(tuple, index, PyUnicode_FromString(argument))  // steals the reference
        }
        guard let loaded = PyObject_CallObject(load, tuple) else {
            throw EmbeddedPythonError.load(name, Self.takeException())
        }
        defer { Py_DecRef(loaded) }
        let owner = loaded == Self.none ? module : loaded
        guard let decode = PyObject_GetAttrString(owner, "decode_line") else {
            throw EmbeddedPythonError.load(name, Self.takeException())
        }
        decodeLine = OpaquePointer(decode)
    }

    private static var none: UnsafeMutablePointer<PyObject> { withUnsafeMutablePointer(to: &_Py_NoneStruct) { $0 } }

    /// One JSON line in the decoded-value form. `decode_line` never raises; if the interpreter itself
    /// fails, the failure comes back as an error result rather than a crash.
    public func decode(layout: String, bytes: [UInt8]) -> String {
        let state = PyGILState_Ensure()
        defer { PyGILState_Release(state) }
        let name = PyUnicode_FromString(layout)
        let data = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: buffer.count) { PyBytes_FromStringAndSize($0, buffer.count) } }
                ?? PyBytes_FromStringAndSize(nil, 0)
        }
        defer { Py_DecRef(name); Py_DecRef(data) }
        var arguments: [UnsafeMutablePointer<PyObject>?] = [name, data]
        guard let result = arguments.withUnsafeMutableBufferPointer({ PyObject_Vectorcall(UnsafeMutablePointer<PyObject>(decodeLine), $0.baseAddress, 2, nil) }) else {
            let reason = Self.takeException().replacingQuotes()
            return "{\"error\":{\"class\":\"EmbeddedPythonError\",\"message\":\"\(reason)\"}}"
        }
        defer { Py_DecRef(result) }
        var length = 0
        guard let utf8 = PyUnicode_AsUTF8AndSize(result, &length) else {
            return "{\"error\":{\"class\":\"EmbeddedPythonError\",\"message\":\"decode_line returned no text\"}}"
        }
        return utf8.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    private nonisolated(unsafe) static var started = false

    private static func startInterpreter() throws {
        guard !started else { return }
        var config = PyConfig()
        PyConfig_InitIsolatedConfig(&config)
        defer { PyConfig_Clear(&config) }
        let status = Py_InitializeFromConfig(&config)
        if PyStatus_Exception(status) != 0 {
            throw EmbeddedPythonError.initialization(status.err_msg.map { String(cString: $0) } ?? "unknown")
        }
        started = true
        // Release the GIL taken by initialisation: every call takes it back through PyGILState_Ensure.
        _ = PyEval_SaveThread()
    }

    /// The pending Python exception as text, cleared.
    private static func takeException() -> String {
        var type: UnsafeMutablePointer<PyObject>?, value: UnsafeMutablePointer<PyObject>?, traceback: UnsafeMutablePointer<PyObject>?
        PyErr_Fetch(&type, &value, &traceback)
        defer { Py_DecRef(type); Py_DecRef(value); Py_DecRef(traceback) }
        guard let exception = value ?? type else { return "no Python exception" }
        guard let text = PyObject_Str(exception), let utf8 = PyUnicode_AsUTF8(text) else { return "unprintable exception" }
        defer { Py_DecRef(text) }
        return String(cString: utf8)
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        String(map { $0 == "\"" || $0 == "\\" ? "'" : $0 })
    }
}
