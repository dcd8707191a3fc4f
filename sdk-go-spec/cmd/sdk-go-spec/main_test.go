package main

import (
	"path/filepath"
	"testing"
)

// Run from the reader folder (as `go test` and `go run` do), the default is the repository's file.
func TestDefaultLayouts(t *testing.T) {
	got, err := defaultLayouts()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := filepath.Abs(filepath.Join("..", "..", "..", "fixtures", "layouts.json"))
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
