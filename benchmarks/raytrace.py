"""raytrace: a small recursive ray tracer.

What it stresses: float arithmetic, allocation of many small vector objects, operator
overloading (dunder methods), polymorphic method calls, recursion.
Algorithm: a classic Whitted-style ray tracer as in the pure-Python "raytrace" benchmark: three
spheres over a checkered half-space, lit by two point lights, with Lambert shading, shadows and
mirror reflections up to depth 5.  The size argument is the image's width and height in
pixels; prints a checksum of the 8-bit pixel colours instead of writing an image.
"""
import sys
import math

DEFAULT_SIZE = 220      # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 40         # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

EPSILON = 0.00001
MAX_DEPTH = 5


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        """This direction mirrored by a surface with the given unit normal."""
        return self - normal.scale(2.0 * self.dot(normal))


ORIGIN = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        """Distance along `ray` to the nearest hit in front of its origin, or None."""
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        t = v - math.sqrt(discriminant)
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class HalfSpace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        facing = ray.direction.dot(self.normal)
        if facing < 0:
            t = (self.point - ray.origin).dot(self.normal) / facing
            if t > EPSILON:
                return t
        return None

    def normal_at(self, point):
        return self.normal


class Surface:
    """Material: base colour (or a checkerboard of two), reflectivity and diffuse weight."""

    def __init__(self, colour, reflect=0.0, checker=None, lambert=0.6):
        self.colour = colour
        self.checker = checker
        self.reflect = reflect
        self.lambert = lambert
        self.ambient = 0.2

    def base_colour(self, point):
        if self.checker is None:
            return self.colour
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.checker

    def shade(self, scene, ray, point, normal, depth):
        base = self.base_colour(point)
        result = ORIGIN
        if self.reflect > 0.0 and depth < MAX_DEPTH:
            mirrored = Ray(point, ray.direction.reflect_through(normal))
            result = result + scene.trace(mirrored, depth + 1).scale(self.reflect)
        light_total = 0.0
        for light in scene.lights:
            to_light = (light - point).normalized()
            if scene.visible(point, light):
                contribution = normal.dot(to_light)
                if contribution > 0.0:
                    light_total += contribution
        light_total = min(1.0, light_total)
        diffuse = self.lambert * light_total + self.ambient
        return result + base.scale(diffuse * (1.0 - self.reflect))


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.eye = Vector(0.0, 1.8, 10.0)
        self.look_at = Vector(0.0, 3.0, 0.0)
        self.field_of_view = 45.0

    def add(self, shape, surface):
        self.objects.append((shape, surface))

    def nearest_hit(self, ray):
        best_time = None
        best = None
        for shape, surface in self.objects:
            t = shape.intersection_time(ray)
            if t is not None and (best_time is None or t < best_time):
                best_time = t
                best = (shape, surface)
        return best_time, best

    def visible(self, point, light):
        to_light = light - point
        distance = to_light.magnitude()
        t, _ = self.nearest_hit(Ray(point, to_light))
        return t is None or t > distance

    def trace(self, ray, depth):
        t, hit = self.nearest_hit(ray)
        if hit is None:
            return ORIGIN
        shape, surface = hit
        point = ray.point_at(t)
        return surface.shade(self, ray, point, shape.normal_at(point), depth)

    def render(self, width, height):
        """Return rows of (r, g, b) tuples of ints in 0..255."""
        forward = (self.look_at - self.eye).normalized()
        right = forward.cross(UP).normalized()
        up = right.cross(forward).normalized()
        half_width = math.tan(math.pi * self.field_of_view / 360.0)
        half_height = half_width * height / width
        pixel_width = 2.0 * half_width / (width - 1)
        pixel_height = 2.0 * half_height / (height - 1)
        rows = []
        for y in range(height):
            row = []
            for x in range(width):
                dx = right.scale(x * pixel_width - half_width)
                dy = up.scale(half_height - y * pixel_height)
                colour = self.trace(Ray(self.eye, forward + dx + dy), 0)
                row.append((to_byte(colour.x), to_byte(colour.y), to_byte(colour.z)))
            rows.append(row)
        return rows


def to_byte(c):
    return max(0, min(255, int(c * 255.0 + 0.5)))


def make_scene():
    scene = Scene()
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0), Surface(Vector(1.0, 1.0, 0.0), reflect=0.1))
    for y in range(6):
        scene.add(Sphere(Vector(-3.0 - y * 0.4, 2.3, -5.0), 0.4),
                  Surface(Vector(y / 6.0, 1.0 - y / 6.0, 0.5), reflect=0.2))
    scene.add(Sphere(Vector(2.5, 1.0, -3.0), 1.0), Surface(Vector(0.2, 0.4, 0.9), reflect=0.5))
    scene.add(HalfSpace(Vector(0.0, 0.0, 0.0), UP),
              Surface(Vector(0.0, 0.0, 0.0), reflect=0.3, checker=Vector(1.0, 1.0, 1.0)))
    return scene


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    rows = make_scene().render(size, size)
    totals = [0, 0, 0]
    checksum = 0
    for row in rows:
        for pixel in row:
            for i in range(3):
                totals[i] += pixel[i]
                checksum = (checksum * 131 + pixel[i]) % 1000000007
    print("%dx%d: colour sums r=%d g=%d b=%d" % (size, size, totals[0], totals[1], totals[2]))
    print("checksum %d" % checksum)


if __name__ == "__main__":
    main()
