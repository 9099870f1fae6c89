"""Make libLibTorchSharp.so's need for GLIBCXX_3.4.32 weak and its one symbol of that version unversioned,
so that Debian 12's libstdc++ loads it and ios_init_shim.so (LD_PRELOAD) supplies the symbol."""
import struct, sys

def patch(path):
    data = bytearray(open(path, 'rb').read())
    shoff, = struct.unpack_from('<Q', data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3A)
    secs = [struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize) for i in range(shnum)]
    find = lambda t: [s for s in secs if s[1] == t][0]
    verneed, versym = find(0x6ffffffe), find(0x6fffffff)
    strtab = secs[verneed[6]]
    name_at = lambda off: data[strtab[4] + off: data.index(0, strtab[4] + off)].decode()
    target, off = None, verneed[4]
    while True:
        vn_version, vn_cnt, vn_file, vn_aux, vn_next = struct.unpack_from('<HHIII', data, off)
        aux = off + vn_aux
        for _ in range(vn_cnt):
            vna_hash, vna_flags, vna_other, vna_name, vna_next = struct.unpack_from('<IHHII', data, aux)
            if name_at(vna_name) == 'GLIBCXX_3.4.32':
                struct.pack_into('<H', data, aux + 4, vna_flags | 2)  # VER_FLG_WEAK
                target = vna_other
            aux += vna_next
        if vn_next == 0: break
        off += vn_next
    if target is None:
        print('already patched or not needed'); return
    count = versym[5] // 2
    changed = 0
    for i in range(count):
        pos = versym[4] + 2 * i
        v, = struct.unpack_from('<H', data, pos)
        if v & 0x7fff == target:
            struct.pack_into('<H', data, pos, 1); changed += 1
    open(path, 'wb').write(data)
    print(f'patched {path}: {changed} symbol(s)')

for p in sys.argv[1:]: patch(p)
