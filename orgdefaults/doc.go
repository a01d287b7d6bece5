// Package orgdefaults holds the defaults an organisation build gives every
// new user: the organisation profile (footer fields and slogan), the
// paper, the default size, the GB/T 9704 page, the preferred fonts, the
// names of the organisation's bulletins and their 編印單位, and the
// organisation's short name that the build's package files carry.
//
// An organisation writes them as a profile file (see package profile) with
// extra keys, and `make dist ORG=file.yaml` bakes that file into the build
// as baked.yaml (Baked reads it). The checked-in baked.yaml is empty: an
// ordinary build has no organisation defaults.
//
// The package is plain data: it depends on the standard library,
// gopkg.in/yaml.v3, profile and layout, and must not import any UI
// package.
package orgdefaults
