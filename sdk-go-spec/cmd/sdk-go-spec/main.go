// Command sdk-go-spec is the executable specification of the internal Go SDK's serviceability reader:
// `layout<TAB>hex` lines on stdin, one decoded-value JSON line per input on stdout.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"dzcompat/sdk-go-spec/reader"
)

func main() {
	layouts := flag.String("layouts", "", "layouts.json (default: fixtures/layouts.json of the repository holding this reader)")
	flag.Parse()
	path := *layouts
	if path == "" {
		var err error
		if path, err = defaultLayouts(); err != nil {
			fail(err)
		}
	}
	set, err := reader.Load(path)
	if err != nil {
		fail(err)
	}
	if err := set.Serve(os.Stdin, os.Stdout); err != nil {
		fail(err)
	}
}

// defaultLayouts finds fixtures/layouts.json in the nearest ancestor of the executable (the built
// binary in build/) or, for `go run`, of the working directory.
func defaultLayouts() (string, error) {
	var starts []string
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	for _, dir := range starts {
		for {
			p := filepath.Join(dir, "fixtures", "layouts.json")
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return "", errors.New("fixtures/layouts.json not found above the executable or the working directory; use --layouts")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sdk-go-spec:", err)
	os.Exit(2)
}
