#!/usr/bin/env python3
"""Checks that a safetensors file written by rnn4j reads correctly in Python.

Run after `mvn test -pl core -Dtest=SafeTensorsTest` (which writes the file):

    python3 core/src/test/python/safetensors_interop.py core/target/safetensors-interop/interop.safetensors

Parses the file with plain struct/json exactly as the safetensors specification describes, checks every name,
dtype, shape and value against the values SafeTensorsTest.interopTensors() computes, and, when torch is installed,
also loads each tensor with torch.frombuffer the way safetensors.torch does.
"""
import json
import math
import struct
import sys

import numpy as np


def expected():
    w = np.array([i * 0.25 - 3 for i in range(24)], dtype=np.float32).reshape(8, 3)
    b = np.array([np.float32((-2.0) ** i) / np.float32(3) for i in range(8)], dtype=np.float32)
    d = np.array([math.pi, -0.0, 5e-324, 1e300, math.e, 0.1], dtype=np.float64).reshape(2, 3)
    s = np.array(42.5, dtype=np.float32)
    return {"weight_ih_l0": w, "bias_ih_l0": b, "history/loss": d, "scalar": s}


def main(path):
    raw = open(path, "rb").read()
    (n,) = struct.unpack("<Q", raw[:8])
    assert (8 + n) % 8 == 0, "data must start 8-byte aligned"
    header = json.loads(raw[8:8 + n].decode("utf-8"))
    data = raw[8 + n:]
    meta = header.pop("__metadata__", {})
    assert meta == {"format": "pt", "note": "written by rnn4j"}, meta
    want = expected()
    assert list(header) == list(want), (list(header), list(want))
    dtypes = {"F32": np.float32, "F64": np.float64}
    end = 0
    for name, entry in header.items():
        begin, stop = entry["data_offsets"]
        assert begin == end, f"{name}: gap or overlap at {begin}"
        end = stop
        arr = np.frombuffer(data[begin:stop], dtype=np.dtype(dtypes[entry["dtype"]]).newbyteorder("<"))
        arr = arr.reshape(entry["shape"])
        exp = want[name]
        assert arr.dtype == exp.dtype, (name, arr.dtype, exp.dtype)
        assert list(arr.shape) == list(exp.shape), (name, arr.shape, exp.shape)
        assert arr.tobytes() == exp.tobytes(), (name, arr, exp)
    assert end == len(data), "data must be covered exactly"
    try:
        import torch
    except ImportError:
        print("torch not installed: checked with numpy only")
    else:
        tdt = {"F32": torch.float32, "F64": torch.float64}
        for name, entry in header.items():
            begin, stop = entry["data_offsets"]
            t = torch.frombuffer(bytearray(data[begin:stop]), dtype=tdt[entry["dtype"]]).reshape(entry["shape"])
            assert torch.equal(t, torch.from_numpy(want[name].copy())), name
        print("torch", torch.__version__, "loads every tensor identically")
    print(f"OK: {len(header)} tensors match in {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "core/target/safetensors-interop/interop.safetensors")
