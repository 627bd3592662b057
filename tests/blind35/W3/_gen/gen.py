import gen_a, gen_b
