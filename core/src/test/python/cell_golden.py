#!/usr/bin/python3
"""Golden values for rnn4j's recurrent cells, computed by PyTorch.

Run from the repository root with Debian's interpreter and python3-torch:

    /usr/bin/python3 core/src/test/python/cell_golden.py

It (re)writes core/src/test/resources/golden/cells/<case>.txt, one file per case. Every case runs one
torch.nn.RNN / LSTM / GRU module (batch_first=False, float32, X=3, H=4, T=5, B=2) forward from fixed
random values, forms the loss

    L = sum(output * R_out) + sum(h_n * R_h) [+ sum(c_n * R_c) for LSTM]

(accumulated in float64 from the float32 tensors) and records the parameters, inputs, outputs, loss and the
gradients of every parameter, of x, of h0 (and c0). Variable-length cases run the module on a
pack_padded_sequence(enforce_sorted=False) and unpack the output with pad_packed_sequence(total_length=T),
so output is zero at padded steps; h_n/c_n are the states at each row's last valid step (for a reverse
direction: after its step 0). Inputs at padded steps are random (not zero), so their gradient must be zero.

File format (read by org.rnn4j.core.golden.GoldenTensors):
    # comment                        ignored, as are blank lines
    attr <key> <value>               one string attribute
    tensor <name> <d0> <d1> ...      a row-major tensor (no dims = a scalar), followed by prod(dims) numbers,
                                     whitespace separated over any number of lines (here one line per last-dim row)
"""
import math
import os
import sys

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

X, H, T, B = 3, 4, 5, 2
OUT_DIR = os.path.join("core", "src", "test", "resources", "golden", "cells")
COMMAND = "/usr/bin/python3 core/src/test/python/cell_golden.py"

# name, module kind, extra module kwargs, num_layers, bidirectional, lengths (None = full length), seed
CASES = [
    ("rnn_tanh", "RNN", {"nonlinearity": "tanh"}, 1, False, None, 101),
    ("rnn_relu", "RNN", {"nonlinearity": "relu"}, 1, False, None, 102),
    ("lstm", "LSTM", {}, 1, False, None, 103),
    ("gru", "GRU", {}, 1, False, None, 104),
    ("rnn_tanh_packed", "RNN", {"nonlinearity": "tanh"}, 1, False, [5, 3], 111),
    ("rnn_relu_packed", "RNN", {"nonlinearity": "relu"}, 1, False, [5, 3], 112),
    ("lstm_packed", "LSTM", {}, 1, False, [5, 3], 113),
    ("gru_packed", "GRU", {}, 1, False, [5, 3], 114),
    ("lstm_bidir_packed", "LSTM", {}, 1, True, [5, 3], 121),
    ("lstm_2layer", "LSTM", {}, 2, False, None, 131),
    ("lstm_2layer_packed", "LSTM", {}, 2, False, [5, 3], 132),
]


def uniform(gen, shape, scale):
    """float32 values uniform in [-scale, scale)."""
    return (torch.rand(shape, generator=gen, dtype=torch.float32) * 2.0 - 1.0) * scale


def fmt_tensor(name, t):
    t = t.detach().to(torch.float32).contiguous()
    dims = list(t.shape)
    lines = ["tensor " + name + "".join(" %d" % d for d in dims)]
    flat = [float(v) for v in t.reshape(-1).tolist()]
    row = dims[-1] if dims else 1
    for i in range(0, len(flat), row):
        lines.append(" ".join("%.9g" % v for v in flat[i:i + row]))
    return lines


def run_case(name, kind, kwargs, layers, bidir, lengths, seed):
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    module = getattr(nn, kind)(input_size=X, hidden_size=H, num_layers=layers, bias=True,
                               batch_first=False, dropout=0.0, bidirectional=bidir, **kwargs)
    dirs = 2 if bidir else 1
    with torch.no_grad():
        for _, p in module.named_parameters():
            p.copy_(uniform(gen, p.shape, 0.5))
    is_lstm = kind == "LSTM"
    x = uniform(gen, (T, B, X), 1.0).requires_grad_(True)
    h0 = uniform(gen, (layers * dirs, B, H), 0.5).requires_grad_(True)
    c0 = uniform(gen, (layers * dirs, B, H), 0.5).requires_grad_(True) if is_lstm else None
    r_out = uniform(gen, (T, B, dirs * H), 1.0)
    r_h = uniform(gen, (layers * dirs, B, H), 1.0)
    r_c = uniform(gen, (layers * dirs, B, H), 1.0) if is_lstm else None
    lens = lengths if lengths is not None else [T] * B

    state0 = (h0, c0) if is_lstm else h0
    if lengths is None:
        output, state_n = module(x, state0)
    else:
        packed = pack_padded_sequence(x, torch.tensor(lengths, dtype=torch.int64), batch_first=False,
                                      enforce_sorted=False)
        packed_out, state_n = module(packed, state0)
        output, _ = pad_packed_sequence(packed_out, batch_first=False, total_length=T)
    h_n, c_n = state_n if is_lstm else (state_n, None)

    loss = (output.double() * r_out.double()).sum() + (h_n.double() * r_h.double()).sum()
    if is_lstm:
        loss = loss + (c_n.double() * r_c.double()).sum()
    loss.backward()

    pnames = [n for n, _ in module.named_parameters()]
    params = dict(module.named_parameters())
    lines = [
        "# rnn4j golden values, case '%s': torch.nn.%s%s computed by PyTorch." % (
            name, kind, "(nonlinearity='%s')" % kwargs["nonlinearity"] if kwargs else ""),
        "# torch %s (Debian python3-torch), python %s" % (torch.__version__, sys.version.split()[0]),
        "# command: %s   (from the repository root; seed %d)" % (COMMAND, seed),
        "# X=%d H=%d T=%d B=%d num_layers=%d bidirectional=%s batch_first=False float32" % (
            X, H, T, B, layers, bidir),
        "# loss = sum(output*R_out) + sum(h_n*R_h)%s, accumulated in float64" % (
            " + sum(c_n*R_c)" if is_lstm else ""),
    ]
    if lengths is not None:
        lines.append("# variable length: pack_padded_sequence(lengths=%s, enforce_sorted=False); output is zero"
                     " at padded steps, h_n/c_n are the states at each row's last valid step" % lengths)
        lines.append("# x at padded steps is random on purpose: grad_x there is zero")
    lines.append("# parameter order (torch named_parameters): " + " ".join(pnames))
    lines += ["attr case " + name, "attr cell " + kind.lower(),
              "attr nonlinearity " + (kwargs.get("nonlinearity", "tanh") if kind == "RNN" else "none"),
              "attr num_layers %d" % layers, "attr bidirectional %s" % str(bidir).lower(),
              "attr packed %s" % str(lengths is not None).lower(),
              "attr input_size %d" % X, "attr hidden_size %d" % H,
              "attr seq_len %d" % T, "attr batch %d" % B, "attr seed %d" % seed,
              "attr params " + ",".join(pnames), ""]

    def emit(n, t):
        lines.extend(fmt_tensor(n, t))

    emit("lengths", torch.tensor(lens, dtype=torch.float32))
    for n in pnames:
        emit(n, params[n])
    emit("x", x)
    emit("h0", h0)
    if is_lstm:
        emit("c0", c0)
    emit("R_out", r_out)
    emit("R_h", r_h)
    if is_lstm:
        emit("R_c", r_c)
    emit("output", output)
    emit("h_n", h_n)
    if is_lstm:
        emit("c_n", c_n)
    lines.append("tensor loss")
    lines.append("%.17g" % loss.item())
    for n in pnames:
        emit("grad_" + n, params[n].grad)
    emit("grad_x", x.grad)
    emit("grad_h0", h0.grad)
    if is_lstm:
        emit("grad_c0", c0.grad)

    assert math.isfinite(loss.item())
    path = os.path.join(OUT_DIR, name + ".txt")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (loss %.9g)" % (path, loss.item()))


def main():
    if not os.path.isdir(os.path.join("core", "src", "test")):
        sys.exit("run from the repository root: " + COMMAND)
    torch.set_num_threads(1)
    os.makedirs(OUT_DIR, exist_ok=True)
    for case in CASES:
        run_case(*case)


if __name__ == "__main__":
    main()
