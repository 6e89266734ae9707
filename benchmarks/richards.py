"""richards: Martin Richards' operating-system task scheduler simulation.

What it stresses: method calls, attribute access on small objects, linked lists, branches.
Algorithm: Martin Richards' classic "richards" benchmark (an idle task, a worker, two packet
handlers and two devices exchanging packets); the size argument is the number of complete
simulations run, each of which must end with 23246 packets queued and 9297 holds.
"""
import sys

DEFAULT_SIZE = 40       # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 1          # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

BUFFER_SIZE = 4

ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6
TASK_COUNT = 6

KIND_DEVICE = 1000
KIND_WORK = 1001


class Packet:
    """A message passed between tasks; packets queue up in singly linked lists."""

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append this packet at the end of `queue` (which may be None); return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class DeviceState:
    def __init__(self):
        self.pending = None


class IdleState:
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerState:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class WorkerState:
    def __init__(self):
        self.destination = ID_HANDLER_A
        self.count = 0


class Task:
    """A task control block.  Tasks form a list ordered by creation (newest first)."""

    def __init__(self, sched, ident, priority, queue, pending, waiting, state):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.task_waiting = waiting
        self.task_holding = False
        self.state = state
        sched.task_list = self
        sched.table[ident] = self

    def held_or_waiting(self):
        """True when the scheduler must skip this task: held, or waiting with no packet."""
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def add_packet(self, packet, current):
        """Deliver `packet` to this task; return the task that should run next."""
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            packet.append_to(self.input)
        return current

    def run(self):
        if self.waiting_with_packet():
            message = self.input
            self.input = message.link
            self.packet_pending = self.input is not None
            self.task_waiting = False
            self.task_holding = False
        else:
            message = None
        return self.step(message)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        task = self.sched.table[ident]
        task.task_holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        """Queue `packet` for the task it names, marking this task as its sender."""
        target = self.sched.table[packet.ident]
        self.sched.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class DeviceTask(Task):
    def step(self, packet):
        dev = self.state
        if packet is None:
            packet = dev.pending
            if packet is None:
                return self.wait()
            dev.pending = None
            return self.send(packet)
        dev.pending = packet
        return self.hold()


class HandlerTask(Task):
    def step(self, packet):
        h = self.state
        if packet is not None:
            if packet.kind == KIND_WORK:
                h.work_in = packet.append_to(h.work_in)
            else:
                h.device_in = packet.append_to(h.device_in)
        work = h.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            h.work_in = work.link
            return self.send(work)
        dev = h.device_in
        if dev is None:
            return self.wait()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.send(dev)


class IdleTask(Task):
    def step(self, packet):
        idle = self.state
        idle.count -= 1
        if idle.count == 0:
            return self.hold()
        if idle.control & 1 == 0:
            idle.control //= 2
            return self.release(ID_DEVICE_A)
        idle.control = (idle.control // 2) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def step(self, packet):
        w = self.state
        if packet is None:
            return self.wait()
        if w.destination == ID_HANDLER_A:
            w.destination = ID_HANDLER_B
        else:
            w.destination = ID_HANDLER_A
        packet.ident = w.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            w.count += 1
            if w.count > 26:
                w.count = 1
            packet.data[i] = ord("A") + w.count - 1
        return self.send(packet)


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * (TASK_COUNT + 1)
        self.hold_count = 0
        self.queue_count = 0

    def setup(self):
        IdleTask(self, ID_IDLE, 0, None, False, False, IdleState())

        queue = Packet(None, 0, KIND_WORK)
        queue = Packet(queue, 0, KIND_WORK)
        WorkerTask(self, ID_WORKER, 1000, queue, True, True, WorkerState())

        queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
        queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
        queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
        HandlerTask(self, ID_HANDLER_A, 2000, queue, True, True, HandlerState())

        queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
        queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
        queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
        HandlerTask(self, ID_HANDLER_B, 3000, queue, True, True, HandlerState())

        DeviceTask(self, ID_DEVICE_A, 4000, None, False, True, DeviceState())
        DeviceTask(self, ID_DEVICE_B, 5000, None, False, True, DeviceState())

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.held_or_waiting():
                task = task.link
            else:
                task = task.run()


def run_once():
    sched = Scheduler()
    sched.setup()
    sched.schedule()
    return sched.queue_count, sched.hold_count


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    total_queued = total_held = 0
    ok = True
    for _ in range(size):
        queued, held = run_once()
        ok = ok and queued == 23246 and held == 9297
        total_queued += queued
        total_held += held
    print("runs %d queued %d held %d" % (size, total_queued, total_held))
    print("ok" if ok else "WRONG")


if __name__ == "__main__":
    main()
