#!/usr/bin/env python3
"""Prints the resources of a Windows program, for scripts/package-test.sh.

    python3 packaging/windows/peres.py Paiban.exe

reads the PE file's resource directory (the .rsrc section) and prints one
line a fact:

    ICON-GROUPS 1                 how many RT_GROUP_ICON resources
    ICON-SIZES 16 20 24 ... 256   the sizes of the first group (0 in the
                                  entry means 256)
    VERSIONS 1                    how many RT_VERSION resources
    MANIFESTS 1                   how many RT_MANIFEST resources
    FIXED 0.1.0.1 0.1.0.1         the fixed file and product versions
    STRING CompanyName=...        each value of the version's string table

Nothing but the Python standard library; a file that is not a PE program
exits with status 1.
"""

import struct
import sys

RT_ICON, RT_GROUP_ICON, RT_VERSION, RT_MANIFEST = 3, 14, 16, 24


def main(path):
    d = open(path, "rb").read()
    if d[:2] != b"MZ":
        sys.exit("not a Windows program: " + path)
    pe = struct.unpack_from("<I", d, 0x3C)[0]
    if d[pe:pe + 4] != b"PE\0\0":
        sys.exit("not a PE file: " + path)
    nsect, optsize = struct.unpack_from("<H", d, pe + 6)[0], struct.unpack_from("<H", d, pe + 20)[0]
    opt = pe + 24
    magic = struct.unpack_from("<H", d, opt)[0]
    ddir = opt + (112 if magic == 0x20B else 96)  # PE32+ or PE32
    rsrc_rva, rsrc_size = struct.unpack_from("<II", d, ddir + 2 * 8)  # entry 2: resources
    sections = []
    for i in range(nsect):
        s = opt + optsize + 40 * i
        vsize, va, rawsize, rawptr = struct.unpack_from("<IIII", d, s + 8)
        sections.append((va, max(vsize, rawsize), rawptr))

    def off(rva):
        for va, size, raw in sections:
            if va <= rva < va + size:
                return rva - va + raw
        raise ValueError("RVA %#x is in no section" % rva)

    if rsrc_rva == 0:
        sys.exit("no resources: " + path)
    base = off(rsrc_rva)

    def entries(o):  # (id or name, is_dir, offset) of a resource directory
        named, ids = struct.unpack_from("<HH", d, base + o + 12)
        for i in range(named + ids):
            name, target = struct.unpack_from("<II", d, base + o + 16 + 8 * i)
            yield name & 0x7FFFFFFF if name & 0x80000000 else name, bool(target & 0x80000000), target & 0x7FFFFFFF

    def leaves(o):  # the data of every resource under a directory
        for _, isdir, t in entries(o):
            if isdir:
                yield from leaves(t)
            else:
                rva, size = struct.unpack_from("<II", d, base + t)
                yield d[off(rva):off(rva) + size]

    types = {}
    for tid, isdir, t in entries(0):
        types[tid] = list(leaves(t)) if isdir else []
    groups = types.get(RT_GROUP_ICON, [])
    print("ICON-GROUPS", len(groups))
    if groups:
        g = groups[0]
        n = struct.unpack_from("<H", g, 4)[0]
        print("ICON-SIZES", *[(g[6 + 14 * i] or 256) for i in range(n)])
    print("ICONS", len(types.get(RT_ICON, [])))
    versions = types.get(RT_VERSION, [])
    print("VERSIONS", len(versions))
    print("MANIFESTS", len(types.get(RT_MANIFEST, [])))
    if versions:
        version(versions[0])


def version(v):
    # VS_VERSIONINFO: length, value length, type, "VS_VERSION_INFO", padding,
    # VS_FIXEDFILEINFO, then StringFileInfo and VarFileInfo blocks.
    def block(o):  # length, value length, type, key, offset of the value
        length, vlen, typ = struct.unpack_from("<HHH", v, o)
        k = o + 6
        e = k
        while v[e:e + 2] != b"\0\0":
            e += 2
        key = v[k:e].decode("utf-16-le")
        val = (e + 2 + 3) & ~3
        return length, vlen, typ, key, val

    length, vlen, _, key, val = block(0)
    assert key == "VS_VERSION_INFO", key
    sig, _, fvms, fvls, pvms, pvls = struct.unpack_from("<IIIIII", v, val)
    assert sig == 0xFEEF04BD
    ver = lambda ms, ls: "%d.%d.%d.%d" % (ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF)
    print("FIXED", ver(fvms, fvls), ver(pvms, pvls))
    o = (val + vlen + 3) & ~3
    while o < length:
        blen, _, _, bkey, bval = block(o)
        if bkey == "StringFileInfo":
            t = bval
            while t < o + blen:  # string tables
                tlen, _, _, _, sval = block(t)
                s = sval
                while s < t + tlen:
                    slen, svlen, _, skey, sv = block(s)
                    text = v[sv:sv + 2 * svlen].decode("utf-16-le").rstrip("\0")
                    print("STRING %s=%s" % (skey, text))
                    s = (s + slen + 3) & ~3
                t = (t + tlen + 3) & ~3
        o = (o + blen + 3) & ~3


if __name__ == "__main__":
    main(sys.argv[1])
