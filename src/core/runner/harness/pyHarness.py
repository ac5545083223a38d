# Runs a Python solution against hidden cases. Reads one job (JSON) on stdin and reports
# events as JSON lines on fd 3, so the solution's own prints cannot corrupt them.
import importlib.util
import json
import math
import os
import sys
import time
import traceback

try:
    import resource

    limit = int(os.environ.get("AIS_MEMORY_LIMIT_BYTES", str(1024 * 1024 * 1024)))
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
except (ImportError, ValueError, OSError):
    pass  # not available on this platform; the parent still enforces the time limit

# Under a debugger the harness is launched by the debug adapter: no fd 3, so the job and the
# events travel through files.
EVENTS_FILE = os.environ.get("AIS_EVENTS_FILE")
events = open(EVENTS_FILE, "a", encoding="utf-8") if EVENTS_FILE else os.fdopen(3, "w", encoding="utf-8")


def finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return str(value).replace("inf", "Infinity").replace("nan", "NaN")
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    if isinstance(value, dict):
        return {str(k): finite(v) for k, v in value.items()}
    return value


def emit(event):
    events.write(json.dumps(finite(event), default=repr) + "\n")
    events.flush()


def line_in(tb, path):
    for frame in reversed(traceback.extract_tb(tb)):
        if os.path.abspath(frame.filename) == path:
            return frame.lineno
    return None


def describe(error, path):
    info = {"type": type(error).__name__, "message": str(error),
            "bases": [cls.__name__ for cls in type(error).__mro__]}
    line = line_in(error.__traceback__, path)
    if line is not None:
        info["line"] = line
    return info


def modified_argument(job, pristine, args):
    """The name of the first argument that no longer equals the pristine copy from the job."""
    params = job.get("params")
    if params is None:
        return None
    for index, (arg, original) in enumerate(zip(args, pristine)):
        if not same(arg, original):
            return params[index] if index < len(params) else f"argument {index + 1}"
    return None


def same(value, original):
    # JSON values: a list that became a tuple, or a 1 that became True, is a change too.
    if type(value) is not type(original):
        return False
    if isinstance(original, list):
        return len(value) == len(original) and all(same(v, o) for v, o in zip(value, original))
    if isinstance(original, dict):
        return value.keys() == original.keys() and all(same(value[k], original[k]) for k in original)
    return value == original


def main():
    job_file = os.environ.get("AIS_JOB_FILE")
    if job_file:
        with open(job_file, encoding="utf-8") as source:
            job = json.load(source)
    else:
        job = json.load(sys.stdin)
    path = os.path.abspath(job["solutionPath"])
    sys.path.insert(0, os.path.dirname(path))
    try:
        spec = importlib.util.spec_from_file_location("solution", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except SyntaxError as error:
        emit({"type": "load-error", "message": f"SyntaxError: {error.msg}", "line": error.lineno})
        return
    except BaseException as error:  # the module's top level may raise anything
        info = describe(error, path)
        event = {"type": "load-error", "message": f"{info['type']}: {info['message']}"}
        if "line" in info:
            event["line"] = info["line"]
        emit(event)
        return
    target = getattr(module, job["entry"], None)
    if not callable(target):
        emit({"type": "load-error",
              "message": f"`{job['entry']}` is not defined at the top level of the file. Define `def {job['entry']}(...)` (or `class {job['entry']}`)."})
        return
    driver = None
    if job.get("driverPath"):
        spec = importlib.util.spec_from_file_location("driver", job["driverPath"])
        driver = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(driver)
    emit({"type": "loaded"})
    for case in job["cases"]:
        emit({"type": "start", "name": case["name"]})
        started = time.perf_counter()
        try:
            args = json.loads(json.dumps(case["args"]))
            value = driver.run(target, args) if driver else target(*args)
            event = {"type": "done", "name": case["name"], "ok": True, "value": value,
                     "durationMs": (time.perf_counter() - started) * 1000}
            # case["args"] is never handed out, so it is the pristine copy to compare with.
            modified = modified_argument(job, case["args"], args)
            if modified:
                event["modified"] = modified
            emit(event)
        except Exception as error:
            emit({"type": "done", "name": case["name"], "ok": False, "error": describe(error, path),
                  "durationMs": (time.perf_counter() - started) * 1000})


main()
events.close()
