class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "bf16[32000, 768]", primals_2: "i64[8, 1024]", primals_3: "bf16[768]", primals_4: "bf16[768, 768]", primals_5: "bf16[384, 768]", primals_6: "bf16[768, 768]", primals_7: "bf16[768]", primals_8: "bf16[2048, 768]", primals_9: "bf16[2048, 768]", primals_10: "bf16[768, 2048]", primals_11: "bf16[768]", primals_12: "bf16[768, 768]", primals_13: "bf16[384, 768]", primals_14: "bf16[768, 768]", primals_15: "bf16[768]", primals_16: "bf16[2048, 768]", primals_17: "bf16[2048, 768]", primals_18: "bf16[768, 2048]", primals_19: "bf16[768]", primals_20: "bf16[768, 768]", primals_21: "bf16[384, 768]", primals_22: "bf16[768, 768]", primals_23: "bf16[768]", primals_24: "bf16[2048, 768]", primals_25: "bf16[2048, 768]", primals_26: "bf16[768, 2048]", primals_27: "bf16[768]", primals_28: "bf16[768, 768]", primals_29: "bf16[384, 768]", primals_30: "bf16[768, 768]", primals_31: "bf16[768]", primals_32: "bf16[2048, 768]", primals_33: "bf16[2048, 768]", primals_34: "bf16[768, 2048]", primals_35: "bf16[768]", primals_36: "bf16[32000, 768]", primals_37: "i64[8, 1024]"):
        # File: /work/main/experiments/llama_block.py:107 in forward, code: x = self.tokens(ids)
        embedding: "bf16[8, 1024, 768]" = torch.ops.aten.embedding.default(primals_1, primals_2);  primals_1 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(embedding, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_1: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type, 2)
        mean: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_1, [-1], True);  pow_1 = None
        add: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean, 1e-05);  mean = None
        rsqrt: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add);  add = None
        mul: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type, rsqrt);  convert_element_type = None
        convert_element_type_1: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul, torch.bfloat16);  mul = None
        mul_1: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_1, primals_3);  convert_element_type_1 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_4, [1, 0])
        view: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_1, [8192, 768]);  mul_1 = None
        mm: "bf16[8192, 768]" = torch.ops.aten.mm.default(view, permute);  permute = None
        view_1: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm, [8, 1024, 768]);  mm = None
        view_2: "bf16[8, 1024, 12, 64]" = torch.ops.aten.reshape.default(view_1, [8, 1024, 12, 64]);  view_1 = None
        permute_1: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_2, [0, 2, 1, 3]);  view_2 = None

        # File: /work/main/experiments/llama_block.py:53 in rotary, code: inv_freq = ROPE_BASE ** (-torch.arange(0, d, 2, device=x.device, dtype=torch.float32) / d)
        iota: "i64[32]" = torch.ops.prims.iota.default(32, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        mul_2: "i64[32]" = torch.ops.aten.mul.Tensor(iota, 2);  iota = None
        add_1: "i64[32]" = torch.ops.aten.add.Tensor(mul_2, 0);  mul_2 = None
        convert_element_type_4: "f32[32]" = torch.ops.prims.convert_element_type.default(add_1, torch.float32);  add_1 = None
        neg: "f32[32]" = torch.ops.aten.neg.default(convert_element_type_4);  convert_element_type_4 = None
        div: "f32[32]" = torch.ops.aten.div.Tensor(neg, 64);  neg = None
        pow_2: "f32[32]" = torch.ops.aten.pow.Scalar(10000.0, div);  div = None

        # File: /work/main/experiments/llama_block.py:54 in rotary, code: angles = torch.outer(torch.arange(t, device=x.device, dtype=torch.float32), inv_freq)
        iota_1: "i64[1024]" = torch.ops.prims.iota.default(1024, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)
        mul_3: "i64[1024]" = torch.ops.aten.mul.Tensor(iota_1, 1);  iota_1 = None
        add_2: "i64[1024]" = torch.ops.aten.add.Tensor(mul_3, 0);  mul_3 = None
        convert_element_type_5: "f32[1024]" = torch.ops.prims.convert_element_type.default(add_2, torch.float32);  add_2 = None
        view_3: "f32[1024, 1]" = torch.ops.aten.reshape.default(convert_element_type_5, [1024, 1]);  convert_element_type_5 = None
        mul_4: "f32[1024, 32]" = torch.ops.aten.mul.Tensor(view_3, pow_2);  view_3 = pow_2 = None

        # File: /work/main/experiments/llama_block.py:55 in rotary, code: cos, sin = torch.cat((angles, angles), -1).cos(), torch.cat((angles, angles), -1).sin()
        unsqueeze: "f32[1024, 1, 32]" = torch.ops.aten.unsqueeze.default(mul_4, 1);  mul_4 = None
        expand: "f32[1024, 2, 32]" = torch.ops.aten.expand.default(unsqueeze, [1024, 2, 32]);  unsqueeze = None
        clone: "f32[1024, 2, 32]" = torch.ops.aten.clone.default(expand, memory_format = torch.contiguous_format);  expand = None
        view_4: "f32[1024, 64]" = torch.ops.aten.reshape.default(clone, [1024, 64]);  clone = None
        cos: "f32[1024, 64]" = torch.ops.aten.cos.default(view_4)
        sin: "f32[1024, 64]" = torch.ops.aten.sin.default(view_4);  view_4 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_6: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(permute_1, torch.float32);  permute_1 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_1: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_6, 3, 32, 9223372036854775807)
        neg_1: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_1);  slice_1 = None
        slice_2: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_6, 3, 0, 32)
        cat: "f32[8, 12, 1024, 64]" = torch.ops.aten.cat.default([neg_1, slice_2], -1);  neg_1 = slice_2 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_5: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_6, cos);  convert_element_type_6 = None
        mul_6: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(cat, sin);  cat = None
        add_3: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_5, mul_6);  mul_5 = mul_6 = None
        convert_element_type_7: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_3, torch.bfloat16);  add_3 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        permute_2: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_5, [1, 0])
        mm_1: "bf16[8192, 384]" = torch.ops.aten.mm.default(view, permute_2);  permute_2 = None
        view_7: "bf16[8, 1024, 384]" = torch.ops.aten.reshape.default(mm_1, [8, 1024, 384]);  mm_1 = None
        view_8: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.reshape.default(view_7, [8, 1024, 2, 3, 64]);  view_7 = None
        permute_3: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.permute.default(view_8, [2, 0, 3, 1, 4]);  view_8 = None
        select: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_3, 0, 0)
        select_1: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_3, 0, 1);  permute_3 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_12: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(select, torch.float32);  select = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_3: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_12, 3, 32, 9223372036854775807)
        neg_3: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_3);  slice_3 = None
        slice_4: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_12, 3, 0, 32)
        cat_1: "f32[8, 3, 1024, 64]" = torch.ops.aten.cat.default([neg_3, slice_4], -1);  neg_3 = slice_4 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_10: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_12, cos);  convert_element_type_12 = None
        mul_11: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(cat_1, sin);  cat_1 = None
        add_6: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_10, mul_11);  mul_10 = mul_11 = None
        convert_element_type_13: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_6, torch.bfloat16);  add_6 = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        unsqueeze_4: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(convert_element_type_13, 2);  convert_element_type_13 = None
        expand_4: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_4, [8, 3, 4, 1024, 64]);  unsqueeze_4 = None
        clone_8: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_4, memory_format = torch.contiguous_format);  expand_4 = None
        view_12: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_8, [8, 12, 1024, 64]);  clone_8 = None
        unsqueeze_5: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(select_1, 2);  select_1 = None
        expand_5: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_5, [8, 3, 4, 1024, 64]);  unsqueeze_5 = None
        clone_9: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_5, memory_format = torch.contiguous_format);  expand_5 = None
        view_13: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_9, [8, 12, 1024, 64]);  clone_9 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_7, view_12, view_13, None, True, 0.0, True)
        getitem: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention[0]
        getitem_1: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention[1]
        getitem_6: "i64[]" = _scaled_dot_product_cudnn_attention[6]
        getitem_7: "i64[]" = _scaled_dot_product_cudnn_attention[7];  _scaled_dot_product_cudnn_attention = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_4: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem, [0, 2, 1, 3])
        view_14: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(permute_4, [8, 1024, 768]);  permute_4 = None
        permute_5: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_6, [1, 0])
        view_15: "bf16[8192, 768]" = torch.ops.aten.reshape.default(view_14, [8192, 768]);  view_14 = None
        mm_2: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_15, permute_5);  view_15 = permute_5 = None
        view_16: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_2, [8, 1024, 768])

        # File: /work/main/experiments/llama_block.py:93 in forward, code: x = x + self.attn(self.norm1(x))
        add_7: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(embedding, view_16);  view_16 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_16: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_7, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_4: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_16, 2)
        mean_1: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_4, [-1], True);  pow_4 = None
        add_8: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_1, 1e-05);  mean_1 = None
        rsqrt_1: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_8);  add_8 = None
        mul_12: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_16, rsqrt_1);  convert_element_type_16 = None
        convert_element_type_17: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_12, torch.bfloat16);  mul_12 = None
        mul_13: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_17, primals_7);  convert_element_type_17 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        permute_6: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_8, [1, 0])
        view_17: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_13, [8192, 768]);  mul_13 = None
        mm_3: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_17, permute_6);  permute_6 = None
        view_18: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_3, [8, 1024, 2048])
        convert_element_type_20: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_18, torch.float32);  view_18 = None
        neg_4: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_20)
        exp: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_4);  neg_4 = None
        add_9: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp, 1);  exp = None
        div_2: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_20, add_9);  convert_element_type_20 = add_9 = None
        convert_element_type_21: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_2, torch.bfloat16);  div_2 = None
        permute_7: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_9, [1, 0])
        mm_4: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_17, permute_7);  permute_7 = None
        view_20: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_4, [8, 1024, 2048])
        mul_14: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_21, view_20);  convert_element_type_21 = view_20 = None
        permute_8: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_10, [1, 0])
        view_21: "bf16[8192, 2048]" = torch.ops.aten.reshape.default(mul_14, [8192, 2048]);  mul_14 = None
        mm_5: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_21, permute_8);  permute_8 = None
        view_22: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_5, [8, 1024, 768]);  mm_5 = None
        add_10: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_7, view_22);  add_7 = view_22 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_26: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_10, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_5: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_26, 2)
        mean_2: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_5, [-1], True);  pow_5 = None
        add_11: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_2, 1e-05);  mean_2 = None
        rsqrt_2: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_11);  add_11 = None
        mul_15: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_26, rsqrt_2);  convert_element_type_26 = None
        convert_element_type_27: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_15, torch.bfloat16);  mul_15 = None
        mul_16: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_27, primals_11);  convert_element_type_27 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute_9: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_12, [1, 0])
        view_23: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_16, [8192, 768]);  mul_16 = None
        mm_6: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_23, permute_9);  permute_9 = None
        view_24: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_6, [8, 1024, 768]);  mm_6 = None
        view_25: "bf16[8, 1024, 12, 64]" = torch.ops.aten.reshape.default(view_24, [8, 1024, 12, 64]);  view_24 = None
        permute_10: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_25, [0, 2, 1, 3]);  view_25 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_32: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(permute_10, torch.float32);  permute_10 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_5: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_32, 3, 32, 9223372036854775807)
        neg_6: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_5);  slice_5 = None
        slice_6: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_32, 3, 0, 32)
        cat_2: "f32[8, 12, 1024, 64]" = torch.ops.aten.cat.default([neg_6, slice_6], -1);  neg_6 = slice_6 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_20: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_32, cos);  convert_element_type_32 = None
        mul_21: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(cat_2, sin);  cat_2 = None
        add_14: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_20, mul_21);  mul_20 = mul_21 = None
        convert_element_type_33: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_14, torch.bfloat16);  add_14 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        permute_11: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_13, [1, 0])
        mm_7: "bf16[8192, 384]" = torch.ops.aten.mm.default(view_23, permute_11);  permute_11 = None
        view_30: "bf16[8, 1024, 384]" = torch.ops.aten.reshape.default(mm_7, [8, 1024, 384]);  mm_7 = None
        view_31: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.reshape.default(view_30, [8, 1024, 2, 3, 64]);  view_30 = None
        permute_12: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.permute.default(view_31, [2, 0, 3, 1, 4]);  view_31 = None
        select_2: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_12, 0, 0)
        select_3: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_12, 0, 1);  permute_12 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_38: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(select_2, torch.float32);  select_2 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_7: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_38, 3, 32, 9223372036854775807)
        neg_8: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_7);  slice_7 = None
        slice_8: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_38, 3, 0, 32)
        cat_3: "f32[8, 3, 1024, 64]" = torch.ops.aten.cat.default([neg_8, slice_8], -1);  neg_8 = slice_8 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_25: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_38, cos);  convert_element_type_38 = None
        mul_26: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(cat_3, sin);  cat_3 = None
        add_17: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_25, mul_26);  mul_25 = mul_26 = None
        convert_element_type_39: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_17, torch.bfloat16);  add_17 = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        unsqueeze_10: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(convert_element_type_39, 2);  convert_element_type_39 = None
        expand_10: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_10, [8, 3, 4, 1024, 64]);  unsqueeze_10 = None
        clone_18: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_10, memory_format = torch.contiguous_format);  expand_10 = None
        view_35: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_18, [8, 12, 1024, 64]);  clone_18 = None
        unsqueeze_11: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(select_3, 2);  select_3 = None
        expand_11: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_11, [8, 3, 4, 1024, 64]);  unsqueeze_11 = None
        clone_19: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_11, memory_format = torch.contiguous_format);  expand_11 = None
        view_36: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_19, [8, 12, 1024, 64]);  clone_19 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention_1 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_33, view_35, view_36, None, True, 0.0, True)
        getitem_9: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_1[0]
        getitem_10: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention_1[1]
        getitem_15: "i64[]" = _scaled_dot_product_cudnn_attention_1[6]
        getitem_16: "i64[]" = _scaled_dot_product_cudnn_attention_1[7];  _scaled_dot_product_cudnn_attention_1 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_13: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_9, [0, 2, 1, 3])
        view_37: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(permute_13, [8, 1024, 768]);  permute_13 = None
        permute_14: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_14, [1, 0])
        view_38: "bf16[8192, 768]" = torch.ops.aten.reshape.default(view_37, [8192, 768]);  view_37 = None
        mm_8: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_38, permute_14);  view_38 = permute_14 = None
        view_39: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_8, [8, 1024, 768]);  mm_8 = None

        # File: /work/main/experiments/llama_block.py:93 in forward, code: x = x + self.attn(self.norm1(x))
        add_18: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_10, view_39);  view_39 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_42: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_18, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_8: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_42, 2)
        mean_3: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_8, [-1], True);  pow_8 = None
        add_19: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_3, 1e-05);  mean_3 = None
        rsqrt_3: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_19);  add_19 = None
        mul_27: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_42, rsqrt_3);  convert_element_type_42 = None
        convert_element_type_43: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_27, torch.bfloat16);  mul_27 = None
        mul_28: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_43, primals_15);  convert_element_type_43 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        permute_15: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_16, [1, 0])
        view_40: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_28, [8192, 768]);  mul_28 = None
        mm_9: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_40, permute_15);  permute_15 = None
        view_41: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_9, [8, 1024, 2048])
        convert_element_type_46: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_41, torch.float32);  view_41 = None
        neg_9: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_46)
        exp_1: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_9);  neg_9 = None
        add_20: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp_1, 1);  exp_1 = None
        div_5: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_46, add_20);  convert_element_type_46 = add_20 = None
        convert_element_type_47: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_5, torch.bfloat16);  div_5 = None
        permute_16: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_17, [1, 0])
        mm_10: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_40, permute_16);  permute_16 = None
        view_43: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_10, [8, 1024, 2048])
        mul_29: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_47, view_43);  convert_element_type_47 = view_43 = None
        permute_17: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_18, [1, 0])
        view_44: "bf16[8192, 2048]" = torch.ops.aten.reshape.default(mul_29, [8192, 2048]);  mul_29 = None
        mm_11: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_44, permute_17);  permute_17 = None
        view_45: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_11, [8, 1024, 768]);  mm_11 = None
        add_21: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_18, view_45);  view_45 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_52: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_21, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_9: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_52, 2)
        mean_4: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_9, [-1], True);  pow_9 = None
        add_22: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_4, 1e-05);  mean_4 = None
        rsqrt_4: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_22);  add_22 = None
        mul_30: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_52, rsqrt_4);  convert_element_type_52 = None
        convert_element_type_53: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_30, torch.bfloat16);  mul_30 = None
        mul_31: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_53, primals_19);  convert_element_type_53 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute_18: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_20, [1, 0])
        view_46: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_31, [8192, 768]);  mul_31 = None
        mm_12: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_46, permute_18);  permute_18 = None
        view_47: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_12, [8, 1024, 768]);  mm_12 = None
        view_48: "bf16[8, 1024, 12, 64]" = torch.ops.aten.reshape.default(view_47, [8, 1024, 12, 64]);  view_47 = None
        permute_19: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_48, [0, 2, 1, 3]);  view_48 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_58: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(permute_19, torch.float32);  permute_19 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_9: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_58, 3, 32, 9223372036854775807)
        neg_11: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_9);  slice_9 = None
        slice_10: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_58, 3, 0, 32)
        cat_4: "f32[8, 12, 1024, 64]" = torch.ops.aten.cat.default([neg_11, slice_10], -1);  neg_11 = slice_10 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_35: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_58, cos);  convert_element_type_58 = None
        mul_36: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(cat_4, sin);  cat_4 = None
        add_25: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_35, mul_36);  mul_35 = mul_36 = None
        convert_element_type_59: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_25, torch.bfloat16);  add_25 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        permute_20: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_21, [1, 0])
        mm_13: "bf16[8192, 384]" = torch.ops.aten.mm.default(view_46, permute_20);  permute_20 = None
        view_53: "bf16[8, 1024, 384]" = torch.ops.aten.reshape.default(mm_13, [8, 1024, 384]);  mm_13 = None
        view_54: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.reshape.default(view_53, [8, 1024, 2, 3, 64]);  view_53 = None
        permute_21: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.permute.default(view_54, [2, 0, 3, 1, 4]);  view_54 = None
        select_4: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_21, 0, 0)
        select_5: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_21, 0, 1);  permute_21 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_64: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(select_4, torch.float32);  select_4 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_11: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_64, 3, 32, 9223372036854775807)
        neg_13: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_11);  slice_11 = None
        slice_12: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_64, 3, 0, 32)
        cat_5: "f32[8, 3, 1024, 64]" = torch.ops.aten.cat.default([neg_13, slice_12], -1);  neg_13 = slice_12 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_40: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_64, cos);  convert_element_type_64 = None
        mul_41: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(cat_5, sin);  cat_5 = None
        add_28: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_40, mul_41);  mul_40 = mul_41 = None
        convert_element_type_65: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_28, torch.bfloat16);  add_28 = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        unsqueeze_16: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(convert_element_type_65, 2);  convert_element_type_65 = None
        expand_16: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_16, [8, 3, 4, 1024, 64]);  unsqueeze_16 = None
        clone_28: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_16, memory_format = torch.contiguous_format);  expand_16 = None
        view_58: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_28, [8, 12, 1024, 64]);  clone_28 = None
        unsqueeze_17: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(select_5, 2);  select_5 = None
        expand_17: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_17, [8, 3, 4, 1024, 64]);  unsqueeze_17 = None
        clone_29: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_17, memory_format = torch.contiguous_format);  expand_17 = None
        view_59: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_29, [8, 12, 1024, 64]);  clone_29 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention_2 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_59, view_58, view_59, None, True, 0.0, True)
        getitem_18: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_2[0]
        getitem_19: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention_2[1]
        getitem_24: "i64[]" = _scaled_dot_product_cudnn_attention_2[6]
        getitem_25: "i64[]" = _scaled_dot_product_cudnn_attention_2[7];  _scaled_dot_product_cudnn_attention_2 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_22: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_18, [0, 2, 1, 3])
        view_60: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(permute_22, [8, 1024, 768]);  permute_22 = None
        permute_23: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_22, [1, 0])
        view_61: "bf16[8192, 768]" = torch.ops.aten.reshape.default(view_60, [8192, 768]);  view_60 = None
        mm_14: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_61, permute_23);  view_61 = permute_23 = None
        view_62: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_14, [8, 1024, 768]);  mm_14 = None

        # File: /work/main/experiments/llama_block.py:93 in forward, code: x = x + self.attn(self.norm1(x))
        add_29: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_21, view_62);  view_62 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_68: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_29, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_12: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_68, 2)
        mean_5: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_12, [-1], True);  pow_12 = None
        add_30: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_5, 1e-05);  mean_5 = None
        rsqrt_5: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_30);  add_30 = None
        mul_42: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_68, rsqrt_5);  convert_element_type_68 = None
        convert_element_type_69: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_42, torch.bfloat16);  mul_42 = None
        mul_43: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_69, primals_23);  convert_element_type_69 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        permute_24: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_24, [1, 0])
        view_63: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_43, [8192, 768]);  mul_43 = None
        mm_15: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_63, permute_24);  permute_24 = None
        view_64: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_15, [8, 1024, 2048])
        convert_element_type_72: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_64, torch.float32);  view_64 = None
        neg_14: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_72)
        exp_2: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_14);  neg_14 = None
        add_31: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp_2, 1);  exp_2 = None
        div_8: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_72, add_31);  convert_element_type_72 = add_31 = None
        convert_element_type_73: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_8, torch.bfloat16);  div_8 = None
        permute_25: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_25, [1, 0])
        mm_16: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_63, permute_25);  permute_25 = None
        view_66: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_16, [8, 1024, 2048])
        mul_44: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_73, view_66);  convert_element_type_73 = view_66 = None
        permute_26: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_26, [1, 0])
        view_67: "bf16[8192, 2048]" = torch.ops.aten.reshape.default(mul_44, [8192, 2048]);  mul_44 = None
        mm_17: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_67, permute_26);  permute_26 = None
        view_68: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_17, [8, 1024, 768]);  mm_17 = None
        add_32: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_29, view_68);  view_68 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_78: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_32, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_13: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_78, 2)
        mean_6: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_13, [-1], True);  pow_13 = None
        add_33: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_6, 1e-05);  mean_6 = None
        rsqrt_6: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_33);  add_33 = None
        mul_45: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_78, rsqrt_6);  convert_element_type_78 = None
        convert_element_type_79: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_45, torch.bfloat16);  mul_45 = None
        mul_46: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_79, primals_27);  convert_element_type_79 = None

        # File: /work/main/experiments/llama_block.py:73 in forward, code: q = rotary(self.q(x).view(b, t, self.heads, hd).transpose(1, 2))
        permute_27: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_28, [1, 0])
        view_69: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_46, [8192, 768]);  mul_46 = None
        mm_18: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_69, permute_27);  permute_27 = None
        view_70: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_18, [8, 1024, 768]);  mm_18 = None
        view_71: "bf16[8, 1024, 12, 64]" = torch.ops.aten.reshape.default(view_70, [8, 1024, 12, 64]);  view_70 = None
        permute_28: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_71, [0, 2, 1, 3]);  view_71 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_84: "f32[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(permute_28, torch.float32);  permute_28 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_13: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_84, 3, 32, 9223372036854775807)
        neg_16: "f32[8, 12, 1024, 32]" = torch.ops.aten.neg.default(slice_13);  slice_13 = None
        slice_14: "f32[8, 12, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_84, 3, 0, 32)
        cat_6: "f32[8, 12, 1024, 64]" = torch.ops.aten.cat.default([neg_16, slice_14], -1);  neg_16 = slice_14 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_50: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_84, cos);  convert_element_type_84 = None
        mul_51: "f32[8, 12, 1024, 64]" = torch.ops.aten.mul.Tensor(cat_6, sin);  cat_6 = None
        add_36: "f32[8, 12, 1024, 64]" = torch.ops.aten.add.Tensor(mul_50, mul_51);  mul_50 = mul_51 = None
        convert_element_type_85: "bf16[8, 12, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_36, torch.bfloat16);  add_36 = None

        # File: /work/main/experiments/llama_block.py:74 in forward, code: k, v = self.kv(x).view(b, t, 2, self.kv_heads, hd).permute(2, 0, 3, 1, 4)
        permute_29: "bf16[768, 384]" = torch.ops.aten.permute.default(primals_29, [1, 0])
        mm_19: "bf16[8192, 384]" = torch.ops.aten.mm.default(view_69, permute_29);  permute_29 = None
        view_76: "bf16[8, 1024, 384]" = torch.ops.aten.reshape.default(mm_19, [8, 1024, 384]);  mm_19 = None
        view_77: "bf16[8, 1024, 2, 3, 64]" = torch.ops.aten.reshape.default(view_76, [8, 1024, 2, 3, 64]);  view_76 = None
        permute_30: "bf16[2, 8, 3, 1024, 64]" = torch.ops.aten.permute.default(view_77, [2, 0, 3, 1, 4]);  view_77 = None
        select_6: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_30, 0, 0)
        select_7: "bf16[8, 3, 1024, 64]" = torch.ops.aten.select.int(permute_30, 0, 1);  permute_30 = None

        # File: /work/main/experiments/llama_block.py:56 in rotary, code: xf = x.float()
        convert_element_type_90: "f32[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(select_6, torch.float32);  select_6 = None

        # File: /work/main/experiments/llama_block.py:57 in rotary, code: half = torch.cat((-xf[..., d // 2:], xf[..., : d // 2]), -1)
        slice_15: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_90, 3, 32, 9223372036854775807)
        neg_18: "f32[8, 3, 1024, 32]" = torch.ops.aten.neg.default(slice_15);  slice_15 = None
        slice_16: "f32[8, 3, 1024, 32]" = torch.ops.aten.slice.Tensor(convert_element_type_90, 3, 0, 32)
        cat_7: "f32[8, 3, 1024, 64]" = torch.ops.aten.cat.default([neg_18, slice_16], -1);  neg_18 = slice_16 = None

        # File: /work/main/experiments/llama_block.py:58 in rotary, code: return (xf * cos + half * sin).to(x.dtype)
        mul_55: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(convert_element_type_90, cos);  convert_element_type_90 = cos = None
        mul_56: "f32[8, 3, 1024, 64]" = torch.ops.aten.mul.Tensor(cat_7, sin);  cat_7 = sin = None
        add_39: "f32[8, 3, 1024, 64]" = torch.ops.aten.add.Tensor(mul_55, mul_56);  mul_55 = mul_56 = None
        convert_element_type_91: "bf16[8, 3, 1024, 64]" = torch.ops.prims.convert_element_type.default(add_39, torch.bfloat16);  add_39 = None

        # File: /work/main/experiments/llama_block.py:77 in forward, code: k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        unsqueeze_22: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(convert_element_type_91, 2);  convert_element_type_91 = None
        expand_22: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_22, [8, 3, 4, 1024, 64]);  unsqueeze_22 = None
        clone_38: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_22, memory_format = torch.contiguous_format);  expand_22 = None
        view_81: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_38, [8, 12, 1024, 64]);  clone_38 = None
        unsqueeze_23: "bf16[8, 3, 1, 1024, 64]" = torch.ops.aten.unsqueeze.default(select_7, 2);  select_7 = None
        expand_23: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.expand.default(unsqueeze_23, [8, 3, 4, 1024, 64]);  unsqueeze_23 = None
        clone_39: "bf16[8, 3, 4, 1024, 64]" = torch.ops.aten.clone.default(expand_23, memory_format = torch.contiguous_format);  expand_23 = None
        view_82: "bf16[8, 12, 1024, 64]" = torch.ops.aten.reshape.default(clone_39, [8, 12, 1024, 64]);  clone_39 = None

        # File: /work/main/experiments/llama_block.py:78 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        _scaled_dot_product_cudnn_attention_3 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(convert_element_type_85, view_81, view_82, None, True, 0.0, True)
        getitem_27: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_3[0]
        getitem_28: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention_3[1]
        getitem_33: "i64[]" = _scaled_dot_product_cudnn_attention_3[6]
        getitem_34: "i64[]" = _scaled_dot_product_cudnn_attention_3[7];  _scaled_dot_product_cudnn_attention_3 = None

        # File: /work/main/experiments/llama_block.py:79 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_31: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_27, [0, 2, 1, 3])
        view_83: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(permute_31, [8, 1024, 768]);  permute_31 = None
        permute_32: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_30, [1, 0])
        view_84: "bf16[8192, 768]" = torch.ops.aten.reshape.default(view_83, [8192, 768]);  view_83 = None
        mm_20: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_84, permute_32);  view_84 = permute_32 = None
        view_85: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_20, [8, 1024, 768]);  mm_20 = None

        # File: /work/main/experiments/llama_block.py:93 in forward, code: x = x + self.attn(self.norm1(x))
        add_40: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_32, view_85);  view_85 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_94: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_40, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_16: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_94, 2)
        mean_7: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_16, [-1], True);  pow_16 = None
        add_41: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_7, 1e-05);  mean_7 = None
        rsqrt_7: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_41);  add_41 = None
        mul_57: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_94, rsqrt_7);  convert_element_type_94 = None
        convert_element_type_95: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_57, torch.bfloat16);  mul_57 = None
        mul_58: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_95, primals_31);  convert_element_type_95 = None

        # File: /work/main/experiments/llama_block.py:95 in forward, code: return x + self.down(F.silu(self.gate(h)) * self.up(h))  # SwiGLU: read 2 B T F, write B T F
        permute_33: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_32, [1, 0])
        view_86: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_58, [8192, 768]);  mul_58 = None
        mm_21: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_86, permute_33);  permute_33 = None
        view_87: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_21, [8, 1024, 2048])
        convert_element_type_98: "f32[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(view_87, torch.float32);  view_87 = None
        neg_19: "f32[8, 1024, 2048]" = torch.ops.aten.neg.default(convert_element_type_98)
        exp_3: "f32[8, 1024, 2048]" = torch.ops.aten.exp.default(neg_19);  neg_19 = None
        add_42: "f32[8, 1024, 2048]" = torch.ops.aten.add.Tensor(exp_3, 1);  exp_3 = None
        div_11: "f32[8, 1024, 2048]" = torch.ops.aten.div.Tensor(convert_element_type_98, add_42);  convert_element_type_98 = add_42 = None
        convert_element_type_99: "bf16[8, 1024, 2048]" = torch.ops.prims.convert_element_type.default(div_11, torch.bfloat16);  div_11 = None
        permute_34: "bf16[768, 2048]" = torch.ops.aten.permute.default(primals_33, [1, 0])
        mm_22: "bf16[8192, 2048]" = torch.ops.aten.mm.default(view_86, permute_34);  permute_34 = None
        view_89: "bf16[8, 1024, 2048]" = torch.ops.aten.reshape.default(mm_22, [8, 1024, 2048])
        mul_59: "bf16[8, 1024, 2048]" = torch.ops.aten.mul.Tensor(convert_element_type_99, view_89);  convert_element_type_99 = view_89 = None
        permute_35: "bf16[2048, 768]" = torch.ops.aten.permute.default(primals_34, [1, 0])
        view_90: "bf16[8192, 2048]" = torch.ops.aten.reshape.default(mul_59, [8192, 2048]);  mul_59 = None
        mm_23: "bf16[8192, 768]" = torch.ops.aten.mm.default(view_90, permute_35);  permute_35 = None
        view_91: "bf16[8, 1024, 768]" = torch.ops.aten.reshape.default(mm_23, [8, 1024, 768]);  mm_23 = None
        add_43: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_40, view_91);  view_91 = None

        # File: /work/main/experiments/llama_block.py:45 in forward, code: xf = x.float()  # read B T D, write B T D (statistics in fp32)
        convert_element_type_104: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_43, torch.float32)

        # File: /work/main/experiments/llama_block.py:46 in forward, code: return (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + EPS)).to(x.dtype) * self.weight
        pow_17: "f32[8, 1024, 768]" = torch.ops.aten.pow.Tensor_Scalar(convert_element_type_104, 2)
        mean_8: "f32[8, 1024, 1]" = torch.ops.aten.mean.dim(pow_17, [-1], True);  pow_17 = None
        add_44: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(mean_8, 1e-05);  mean_8 = None
        rsqrt_8: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_44);  add_44 = None
        mul_60: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_104, rsqrt_8);  convert_element_type_104 = None
        convert_element_type_105: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(mul_60, torch.bfloat16);  mul_60 = None
        mul_61: "bf16[8, 1024, 768]" = torch.ops.aten.mul.Tensor(convert_element_type_105, primals_35);  convert_element_type_105 = None

        # File: /work/main/experiments/llama_block.py:110 in forward, code: return models.loss(self.head(self.norm(x)), targets)
        permute_36: "bf16[768, 32000]" = torch.ops.aten.permute.default(primals_36, [1, 0])
        view_92: "bf16[8192, 768]" = torch.ops.aten.reshape.default(mul_61, [8192, 768]);  mul_61 = None
        mm_24: "bf16[8192, 32000]" = torch.ops.aten.mm.default(view_92, permute_36);  permute_36 = None
        view_93: "bf16[8, 1024, 32000]" = torch.ops.aten.reshape.default(mm_24, [8, 1024, 32000])

        # File: /work/main/experiments/_models.py:73 in loss, code: return F.cross_entropy(logits.float().view(-1, logits.shape[-1]), targets.view(-1))
        convert_element_type_108: "f32[8, 1024, 32000]" = torch.ops.prims.convert_element_type.default(view_93, torch.float32);  view_93 = None
        view_94: "f32[8192, 32000]" = torch.ops.aten.reshape.default(convert_element_type_108, [-1, 32000]);  convert_element_type_108 = None
        view_95: "i64[8192]" = torch.ops.aten.reshape.default(primals_37, [-1])

        # No stacktrace found for following nodes
        prepare_softmax_online_default = torch.ops.prims.prepare_softmax_online.default(view_94, 1)
        getitem_35: "f32[8192, 1]" = prepare_softmax_online_default[0]
        getitem_36: "f32[8192, 1]" = prepare_softmax_online_default[1];  prepare_softmax_online_default = None
        sub_tensor: "f32[8192, 32000]" = torch.ops.aten.sub.Tensor(view_94, getitem_35);  view_94 = None
        exp_default: "f32[8192, 32000]" = torch.ops.aten.exp.default(sub_tensor);  exp_default = None

        # File: /work/main/experiments/_models.py:73 in loss, code: return F.cross_entropy(logits.float().view(-1, logits.shape[-1]), targets.view(-1))
        log: "f32[8192, 1]" = torch.ops.aten.log.default(getitem_36);  getitem_36 = None
        sub_1: "f32[8192, 32000]" = torch.ops.aten.sub.Tensor(sub_tensor, log);  sub_tensor = None
        ne: "b8[8192]" = torch.ops.aten.ne.Scalar(view_95, -100)
        full_default: "i64[]" = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where: "i64[8192]" = torch.ops.aten.where.self(ne, view_95, full_default);  view_95 = full_default = None
        unsqueeze_24: "i64[8192, 1]" = torch.ops.aten.unsqueeze.default(where, 1);  where = None
        gather: "f32[8192, 1]" = torch.ops.aten.gather.default(sub_1, 1, unsqueeze_24);  sub_1 = unsqueeze_24 = None
        squeeze: "f32[8192]" = torch.ops.aten.squeeze.dim(gather, 1);  gather = None
        neg_20: "f32[8192]" = torch.ops.aten.neg.default(squeeze);  squeeze = None
        full_default_1: "f32[]" = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1: "f32[8192]" = torch.ops.aten.where.self(ne, neg_20, full_default_1);  neg_20 = full_default_1 = None
        sum_2: "i64[]" = torch.ops.aten.sum.default(ne);  ne = None
        convert_element_type_109: "f32[]" = torch.ops.prims.convert_element_type.default(sum_2, torch.float32);  sum_2 = None
        sum_3: "f32[]" = torch.ops.aten.sum.default(where_1);  where_1 = None
        div_12: "f32[]" = torch.ops.aten.div.Tensor(sum_3, convert_element_type_109);  sum_3 = None
        return (div_12, primals_2, primals_3, primals_4, primals_5, primals_6, primals_7, primals_8, primals_9, primals_10, primals_11, primals_12, primals_13, primals_14, primals_15, primals_16, primals_17, primals_18, primals_19, primals_20, primals_21, primals_22, primals_23, primals_24, primals_25, primals_26, primals_27, primals_28, primals_29, primals_30, primals_31, primals_32, primals_33, primals_34, primals_35, primals_36, primals_37, embedding, rsqrt, view, convert_element_type_7, view_12, view_13, getitem, getitem_1, getitem_6, getitem_7, mm_2, rsqrt_1, view_17, mm_3, mm_4, view_21, add_10, rsqrt_2, view_23, convert_element_type_33, view_35, view_36, getitem_9, getitem_10, getitem_15, getitem_16, add_18, rsqrt_3, view_40, mm_9, mm_10, view_44, add_21, rsqrt_4, view_46, convert_element_type_59, view_58, view_59, getitem_18, getitem_19, getitem_24, getitem_25, add_29, rsqrt_5, view_63, mm_15, mm_16, view_67, add_32, rsqrt_6, view_69, convert_element_type_85, view_81, view_82, getitem_27, getitem_28, getitem_33, getitem_34, add_40, rsqrt_7, view_86, mm_21, mm_22, view_90, add_43, rsqrt_8, view_92, mm_24, getitem_35, log, convert_element_type_109)
