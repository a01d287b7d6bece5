//go:build !linux

package atomicfiletest

import "errors"

var errNoMount = errors.New("mounting is only done on Linux")

func mount(source, target, fstype string, flags uintptr, data string) error { return errNoMount }

func bindReadOnly(string) error { return errNoMount }

func unmount(string) error { return errNoMount }
