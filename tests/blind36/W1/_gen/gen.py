import set_a, set_b, set_c, set_d
for m in (set_a, set_b, set_c, set_d):
    m.build()
