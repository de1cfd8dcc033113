#!/usr/bin/python3
"""Golden trajectories of torch.optim optimizers, gradient clipping and LR schedulers for rnn4j's optim tests.

Regenerate (from the repository root, with Debian's python3-torch):
    /usr/bin/python3 core/src/test/python/optim_golden.py
It overwrites core/src/test/resources/golden/optim/optim_golden.txt; commit the script and the file together.

Every case starts from the same float32 parameters and replays the same fixed sequence of gradients. File format,
one record per line, whitespace separated ('#' starts a comment line):
    case <name> key=value ...                      starts a case; keys describe the optimizer/clipping/schedule
    <kind> <step> <tensor> <shape> <values...>     shape is 'RxC' for a matrix or 'N' for a vector/scalar
kinds: init (step 0: the starting value), grad (the raw gradient fed at that step), norm (total norm returned by
clip_grad_norm_), clipped (the gradient after clipping), value (the parameter after the step), lr (a scheduler's
rate at that index; tensor 'rate'). Floats are written with %.9g (exact for float32), rates and norms with %.17g.
"""
import os
import torch

STEPS = 5
SHAPES = [("weight_ih_l0", (3, 4)), ("bias_ih_l0", (3,))]
GRAD_SCALES = [0.2, 1.0, 0.5, 0.1, 0.8]  # so clipping at 1.5 triggers on some steps only

CASES = [
    ("sgd_plain", dict(optimizer="sgd", lr=0.1)),
    ("sgd_momentum", dict(optimizer="sgd", lr=0.05, momentum=0.9, dampening=0.1, weight_decay=0.01)),
    ("sgd_nesterov", dict(optimizer="sgd", lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.001)),
    ("adagrad_plain", dict(optimizer="adagrad", lr=0.5)),
    ("adagrad_full", dict(optimizer="adagrad", lr=0.1, lr_decay=0.01, weight_decay=0.01,
                          initial_accumulator_value=0.1, eps=1e-10)),
    ("rmsprop_plain", dict(optimizer="rmsprop", lr=0.01)),
    ("rmsprop_momentum", dict(optimizer="rmsprop", lr=0.01, alpha=0.95, momentum=0.5, weight_decay=0.01)),
    ("rmsprop_centered", dict(optimizer="rmsprop", lr=0.01, alpha=0.9, eps=1e-6, momentum=0.5, centered=True,
                              weight_decay=0.01)),
    ("adam_plain", dict(optimizer="adam", lr=2e-3)),
    ("adam_weight_decay", dict(optimizer="adam", lr=1e-2, beta1=0.8, beta2=0.99, eps=1e-6, weight_decay=0.1)),
    ("adamw", dict(optimizer="adamw", lr=1e-2, weight_decay=0.1)),
    ("adam_clip_norm", dict(optimizer="adam", lr=2e-3, clip_norm=1.5)),
    ("sgd_clip_value", dict(optimizer="sgd", lr=0.1, momentum=0.5, clip_value=0.3)),
]

SCHEDULES = [
    ("step_lr", dict(schedule="step_decay", base_lr=0.1, step_size=3, gamma=0.5)),
    ("exponential_lr", dict(schedule="exponential_decay", base_lr=0.05, gamma=0.9)),
]


def make_optimizer(cfg, params):
    kind = cfg["optimizer"]
    if kind == "sgd":
        return torch.optim.SGD(params, lr=cfg["lr"], momentum=cfg.get("momentum", 0),
                               dampening=cfg.get("dampening", 0), weight_decay=cfg.get("weight_decay", 0),
                               nesterov=cfg.get("nesterov", False))
    if kind == "adagrad":
        return torch.optim.Adagrad(params, lr=cfg["lr"], lr_decay=cfg.get("lr_decay", 0),
                                   weight_decay=cfg.get("weight_decay", 0),
                                   initial_accumulator_value=cfg.get("initial_accumulator_value", 0),
                                   eps=cfg.get("eps", 1e-10))
    if kind == "rmsprop":
        return torch.optim.RMSprop(params, lr=cfg["lr"], alpha=cfg.get("alpha", 0.99), eps=cfg.get("eps", 1e-8),
                                   weight_decay=cfg.get("weight_decay", 0), momentum=cfg.get("momentum", 0),
                                   centered=cfg.get("centered", False))
    if kind in ("adam", "adamw"):
        cls = torch.optim.Adam if kind == "adam" else torch.optim.AdamW
        return cls(params, lr=cfg["lr"], betas=(cfg.get("beta1", 0.9), cfg.get("beta2", 0.999)),
                   eps=cfg.get("eps", 1e-8), weight_decay=cfg.get("weight_decay", 0))
    raise ValueError(kind)


def fmt_shape(shape):
    return "x".join(str(s) for s in shape)


def tensor_line(kind, step, name, t):
    values = " ".join("%.9g" % v for v in t.detach().reshape(-1).tolist())
    return "%s %d %s %s %s" % (kind, step, name, fmt_shape(t.shape), values)


def scalar_line(kind, step, name, v):
    return "%s %d %s 1 %.17g" % (kind, step, name, v)


def config_text(name, cfg):
    return "case " + name + " " + " ".join(
        "%s=%s" % (k, str(v).lower() if isinstance(v, bool) else repr(v) if isinstance(v, float) else v)
        for k, v in cfg.items())


def fixed_inputs():
    gen = torch.Generator().manual_seed(20240611)
    init = {n: (torch.randn(s, generator=gen) * 0.3).float() for n, s in SHAPES}
    grads = []
    for scale in GRAD_SCALES:
        grads.append({n: (torch.randn(s, generator=gen) * scale).float() for n, s in SHAPES})
    grads[0]["weight_ih_l0"][0, 0] = 0.0  # a zero gradient at the very first step
    return init, grads


def run_case(name, cfg, init, grads, out):
    params = {n: torch.nn.Parameter(init[n].clone()) for n, _ in SHAPES}
    opt = make_optimizer(cfg, [params[n] for n, _ in SHAPES])
    out.append(config_text(name, cfg))
    for n, _ in SHAPES:
        out.append(tensor_line("init", 0, n, params[n]))
    for step, g in enumerate(grads, start=1):
        for n, _ in SHAPES:
            params[n].grad = g[n].clone()
            out.append(tensor_line("grad", step, n, params[n].grad))
        plist = [params[n] for n, _ in SHAPES]
        if "clip_norm" in cfg:
            total = torch.nn.utils.clip_grad_norm_(plist, cfg["clip_norm"], error_if_nonfinite=True)
            out.append(scalar_line("norm", step, "total", float(total)))
        if "clip_value" in cfg:
            torch.nn.utils.clip_grad_value_(plist, cfg["clip_value"])
        if "clip_norm" in cfg or "clip_value" in cfg:
            for n, _ in SHAPES:
                out.append(tensor_line("clipped", step, n, params[n].grad))
        opt.step()
        for n, _ in SHAPES:
            out.append(tensor_line("value", step, n, params[n]))


def run_schedule(name, cfg, out):
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=cfg["base_lr"])
    if cfg["schedule"] == "step_decay":
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=cfg["step_size"], gamma=cfg["gamma"])
    else:
        sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=cfg["gamma"])
    out.append(config_text(name, cfg))
    for index in range(10):
        out.append(scalar_line("lr", index, "rate", sched.get_last_lr()[0]))
        opt.step()
        sched.step()


def main():
    torch.set_num_threads(1)
    init, grads = fixed_inputs()
    out = ["# Generated by core/src/test/python/optim_golden.py with torch %s; do not edit by hand." % torch.__version__,
           "# Regenerate: /usr/bin/python3 core/src/test/python/optim_golden.py"]
    for name, cfg in CASES:
        run_case(name, cfg, init, grads, out)
    for name, cfg in SCHEDULES:
        run_schedule(name, cfg, out)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "resources", "golden", "optim", "optim_golden.txt")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d lines to %s" % (len(out), os.path.normpath(path)))


if __name__ == "__main__":
    main()
