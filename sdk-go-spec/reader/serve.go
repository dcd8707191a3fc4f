package reader

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"io"
)

const ioBufferSize = 1 << 20

// Serve runs the batch protocol (docs/reader-contract.md §2): one `layout<TAB>hex` line in, one JSON
// line out, in order. Output is flushed whenever no input is already buffered, so a caller that waits
// for each answer does not deadlock, while a piped batch is written in large blocks.
func (s *Set) Serve(in io.Reader, out io.Writer) error {
	br := bufio.NewReaderSize(in, ioBufferSize)
	bw := bufio.NewWriterSize(out, ioBufferSize)
	sess := s.NewSession()
	var line []byte
	for {
		var err error
		line, err = readLine(br, line[:0])
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) > 0 || err == nil {
			if _, werr := bw.Write(append(sess.Answer(line), '\n')); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			return bw.Flush()
		}
		if br.Buffered() == 0 {
			if ferr := bw.Flush(); ferr != nil {
				return ferr
			}
		}
	}
}

// readLine appends the next line, without "\n" or "\r\n", to dst; at the end of input it returns io.EOF
// with whatever followed the last newline.
func readLine(br *bufio.Reader, dst []byte) ([]byte, error) {
	for {
		chunk, err := br.ReadSlice('\n')
		dst = append(dst, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		dst = bytes.TrimSuffix(dst, []byte("\n"))
		return bytes.TrimSuffix(dst, []byte("\r")), err
	}
}

// Session answers request lines one at a time, reusing its buffers: each answer is valid until the
// next call. It is not safe for concurrent use.
type Session struct {
	set  *Set
	data []byte
	out  []byte
	dec  decoder
}

// NewSession starts a Session over the set.
func (s *Set) NewSession() *Session {
	return &Session{set: s, dec: decoder{mem: s.memory}}
}

// Answer gives the JSON answer (without newline) for one request line.
func (s *Session) Answer(line []byte) []byte {
	s.out = s.answer(s.out[:0], line)
	return s.out
}

func (s *Session) answer(b, line []byte) []byte {
	tab := bytes.IndexByte(line, '\t')
	if tab < 0 {
		return appendFatal(b, "bad request: expected <layout><TAB><hex>")
	}
	l := s.set.Layouts[string(line[:tab])]
	if l == nil {
		return appendFatal(b, `bad request: unknown layout "`+string(line[:tab])+`"`)
	}
	src := line[tab+1:]
	if cap(s.data) < len(src)/2 {
		s.data = make([]byte, len(src)/2)
	}
	s.data = s.data[:len(src)/2]
	if _, err := hex.Decode(s.data, src); err != nil {
		return appendFatal(b, "bad request: "+err.Error())
	}
	if l.NoReader != "" {
		return appendError(b, "NoReader", l.NoReader)
	}
	if l.Unsupported != "" {
		return appendError(b, "Unsupported", l.Unsupported)
	}
	res := s.dec.decode(l, s.data)
	return l.AppendResult(b, &res)
}
