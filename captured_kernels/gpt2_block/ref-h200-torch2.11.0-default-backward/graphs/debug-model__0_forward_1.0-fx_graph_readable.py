class GraphModule(torch.nn.Module):
    def forward(self, primals_1: "i64[8, 1024]", primals_2: "bf16[50304, 768]", primals_3: "bf16[1024, 768]", primals_4: "bf16[768]", primals_5: "bf16[768]", primals_6: "bf16[2304, 768]", primals_7: "bf16[2304]", primals_8: "bf16[768, 768]", primals_9: "bf16[768]", primals_10: "bf16[768]", primals_11: "bf16[768]", primals_12: "bf16[3072, 768]", primals_13: "bf16[3072]", primals_14: "bf16[768, 3072]", primals_15: "bf16[768]", primals_16: "bf16[768]", primals_17: "bf16[768]", primals_18: "bf16[2304, 768]", primals_19: "bf16[2304]", primals_20: "bf16[768, 768]", primals_21: "bf16[768]", primals_22: "bf16[768]", primals_23: "bf16[768]", primals_24: "bf16[3072, 768]", primals_25: "bf16[3072]", primals_26: "bf16[768, 3072]", primals_27: "bf16[768]", primals_28: "bf16[768]", primals_29: "bf16[768]", primals_30: "bf16[2304, 768]", primals_31: "bf16[2304]", primals_32: "bf16[768, 768]", primals_33: "bf16[768]", primals_34: "bf16[768]", primals_35: "bf16[768]", primals_36: "bf16[3072, 768]", primals_37: "bf16[3072]", primals_38: "bf16[768, 3072]", primals_39: "bf16[768]", primals_40: "bf16[768]", primals_41: "bf16[768]", primals_42: "bf16[2304, 768]", primals_43: "bf16[2304]", primals_44: "bf16[768, 768]", primals_45: "bf16[768]", primals_46: "bf16[768]", primals_47: "bf16[768]", primals_48: "bf16[3072, 768]", primals_49: "bf16[3072]", primals_50: "bf16[768, 3072]", primals_51: "bf16[768]", primals_52: "bf16[768]", primals_53: "bf16[768]", primals_54: "i64[8, 1024]"):
        # File: /work/main/experiments/gpt2_block.py:72 in forward, code: pos = torch.arange(ids.shape[1], device=ids.device)
        iota: "i64[1024]" = torch.ops.prims.iota.default(1024, start = 0, step = 1, dtype = torch.int64, device = device(type='cuda', index=0), requires_grad = False)

        # File: /work/main/experiments/gpt2_block.py:73 in forward, code: x = self.tokens(ids) + self.positions(pos)  # read B T rows of V x D, write B T D
        embedding: "bf16[8, 1024, 768]" = torch.ops.aten.embedding.default(primals_2, primals_1)
        embedding_1: "bf16[1024, 768]" = torch.ops.aten.embedding.default(primals_3, iota);  primals_3 = None
        add: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(embedding, embedding_1)

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        convert_element_type: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add, torch.float32)
        var_mean = torch.ops.aten.var_mean.correction(convert_element_type, [2], correction = 0, keepdim = True)
        getitem: "f32[8, 1024, 1]" = var_mean[0]
        getitem_1: "f32[8, 1024, 1]" = var_mean[1];  var_mean = None
        add_1: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem, 1e-05);  getitem = None
        rsqrt: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_1);  add_1 = None
        sub: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type, getitem_1);  convert_element_type = None
        mul: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub, rsqrt);  sub = None
        mul_1: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul, primals_4);  mul = None
        add_2: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_1, primals_5);  mul_1 = primals_5 = None
        convert_element_type_1: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_2, torch.bfloat16);  add_2 = None

        # File: /work/main/experiments/gpt2_block.py:43 in forward, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_1, [8192, 768]);  convert_element_type_1 = None
        permute: "bf16[768, 2304]" = torch.ops.aten.permute.default(primals_6, [1, 0])
        addmm: "bf16[8192, 2304]" = torch.ops.aten.addmm.default(primals_7, view, permute);  primals_7 = permute = None
        view_1: "bf16[8, 1024, 2304]" = torch.ops.aten.view.default(addmm, [8, 1024, 2304]);  addmm = None
        split = torch.ops.aten.split.Tensor(view_1, 768, 2);  view_1 = None
        getitem_2: "bf16[8, 1024, 768]" = split[0]
        getitem_3: "bf16[8, 1024, 768]" = split[1]
        getitem_4: "bf16[8, 1024, 768]" = split[2];  split = None

        # File: /work/main/experiments/gpt2_block.py:43 in <genexpr>, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view_2: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_2, [8, 1024, 12, 64]);  getitem_2 = None
        permute_1: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_2, [0, 2, 1, 3]);  view_2 = None
        view_3: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_3, [8, 1024, 12, 64]);  getitem_3 = None
        permute_2: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_3, [0, 2, 1, 3]);  view_3 = None
        view_4: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_4, [8, 1024, 12, 64]);  getitem_4 = None
        permute_3: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_4, [0, 2, 1, 3]);  view_4 = None

        # File: /work/main/experiments/gpt2_block.py:44 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # read 3 B T D, write B T D
        _scaled_dot_product_cudnn_attention = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_1, permute_2, permute_3, None, True, 0.0, True)
        getitem_5: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention[0]
        getitem_6: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention[1]
        getitem_11: "i64[]" = _scaled_dot_product_cudnn_attention[6]
        getitem_12: "i64[]" = _scaled_dot_product_cudnn_attention[7];  _scaled_dot_product_cudnn_attention = None

        # File: /work/main/experiments/gpt2_block.py:45 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_4: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_5, [0, 2, 1, 3])
        view_5: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_4, [8, 1024, 768]);  permute_4 = None
        view_6: "bf16[8192, 768]" = torch.ops.aten.view.default(view_5, [8192, 768]);  view_5 = None
        permute_5: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_8, [1, 0])
        addmm_1: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_9, view_6, permute_5);  primals_9 = view_6 = permute_5 = None
        view_7: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_1, [8, 1024, 768]);  addmm_1 = None

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        add_3: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add, view_7);  add = view_7 = None

        # File: /work/main/experiments/gpt2_block.py:58 in forward, code: return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))
        convert_element_type_8: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_3, torch.float32)
        var_mean_1 = torch.ops.aten.var_mean.correction(convert_element_type_8, [2], correction = 0, keepdim = True)
        getitem_14: "f32[8, 1024, 1]" = var_mean_1[0]
        getitem_15: "f32[8, 1024, 1]" = var_mean_1[1];  var_mean_1 = None
        add_4: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_14, 1e-05);  getitem_14 = None
        rsqrt_1: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_4);  add_4 = None
        sub_1: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_8, getitem_15);  convert_element_type_8 = None
        mul_2: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_1, rsqrt_1);  sub_1 = None
        mul_3: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_2, primals_10);  mul_2 = None
        add_5: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_3, primals_11);  mul_3 = primals_11 = None
        convert_element_type_9: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_5, torch.bfloat16);  add_5 = None
        view_8: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_9, [8192, 768]);  convert_element_type_9 = None
        permute_6: "bf16[768, 3072]" = torch.ops.aten.permute.default(primals_12, [1, 0])
        addmm_2: "bf16[8192, 3072]" = torch.ops.aten.addmm.default(primals_13, view_8, permute_6);  primals_13 = permute_6 = None
        view_9: "bf16[8, 1024, 3072]" = torch.ops.aten.view.default(addmm_2, [8, 1024, 3072])
        convert_element_type_13: "f32[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(view_9, torch.float32);  view_9 = None
        mul_4: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_13, convert_element_type_13)
        mul_5: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_4, convert_element_type_13);  mul_4 = None
        mul_6: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_5, 0.044715);  mul_5 = None
        add_6: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(convert_element_type_13, mul_6);  mul_6 = None
        mul_7: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(add_6, 0.7978845608028654);  add_6 = None
        mul_8: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_13, 0.5);  convert_element_type_13 = None
        tanh: "f32[8, 1024, 3072]" = torch.ops.aten.tanh.default(mul_7);  mul_7 = None
        add_7: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(tanh, 1);  tanh = None
        mul_9: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_8, add_7);  mul_8 = add_7 = None
        convert_element_type_14: "bf16[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(mul_9, torch.bfloat16);  mul_9 = None
        view_10: "bf16[8192, 3072]" = torch.ops.aten.view.default(convert_element_type_14, [8192, 3072]);  convert_element_type_14 = None
        permute_7: "bf16[3072, 768]" = torch.ops.aten.permute.default(primals_14, [1, 0])
        addmm_3: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_15, view_10, permute_7);  primals_15 = permute_7 = None
        view_11: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_3, [8, 1024, 768]);  addmm_3 = None
        add_8: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_3, view_11);  view_11 = None

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        convert_element_type_18: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_8, torch.float32)
        var_mean_2 = torch.ops.aten.var_mean.correction(convert_element_type_18, [2], correction = 0, keepdim = True)
        getitem_16: "f32[8, 1024, 1]" = var_mean_2[0]
        getitem_17: "f32[8, 1024, 1]" = var_mean_2[1];  var_mean_2 = None
        add_9: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_16, 1e-05);  getitem_16 = None
        rsqrt_2: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_9);  add_9 = None
        sub_2: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_18, getitem_17);  convert_element_type_18 = None
        mul_10: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_2, rsqrt_2);  sub_2 = None
        mul_11: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_10, primals_16);  mul_10 = None
        add_10: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_11, primals_17);  mul_11 = primals_17 = None
        convert_element_type_19: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_10, torch.bfloat16);  add_10 = None

        # File: /work/main/experiments/gpt2_block.py:43 in forward, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view_12: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_19, [8192, 768]);  convert_element_type_19 = None
        permute_8: "bf16[768, 2304]" = torch.ops.aten.permute.default(primals_18, [1, 0])
        addmm_4: "bf16[8192, 2304]" = torch.ops.aten.addmm.default(primals_19, view_12, permute_8);  primals_19 = permute_8 = None
        view_13: "bf16[8, 1024, 2304]" = torch.ops.aten.view.default(addmm_4, [8, 1024, 2304]);  addmm_4 = None
        split_1 = torch.ops.aten.split.Tensor(view_13, 768, 2);  view_13 = None
        getitem_18: "bf16[8, 1024, 768]" = split_1[0]
        getitem_19: "bf16[8, 1024, 768]" = split_1[1]
        getitem_20: "bf16[8, 1024, 768]" = split_1[2];  split_1 = None

        # File: /work/main/experiments/gpt2_block.py:43 in <genexpr>, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view_14: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_18, [8, 1024, 12, 64]);  getitem_18 = None
        permute_9: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_14, [0, 2, 1, 3]);  view_14 = None
        view_15: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_19, [8, 1024, 12, 64]);  getitem_19 = None
        permute_10: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_15, [0, 2, 1, 3]);  view_15 = None
        view_16: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_20, [8, 1024, 12, 64]);  getitem_20 = None
        permute_11: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_16, [0, 2, 1, 3]);  view_16 = None

        # File: /work/main/experiments/gpt2_block.py:44 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # read 3 B T D, write B T D
        _scaled_dot_product_cudnn_attention_1 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_9, permute_10, permute_11, None, True, 0.0, True)
        getitem_21: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_1[0]
        getitem_22: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention_1[1]
        getitem_27: "i64[]" = _scaled_dot_product_cudnn_attention_1[6]
        getitem_28: "i64[]" = _scaled_dot_product_cudnn_attention_1[7];  _scaled_dot_product_cudnn_attention_1 = None

        # File: /work/main/experiments/gpt2_block.py:45 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_12: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_21, [0, 2, 1, 3])
        view_17: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_12, [8, 1024, 768]);  permute_12 = None
        view_18: "bf16[8192, 768]" = torch.ops.aten.view.default(view_17, [8192, 768]);  view_17 = None
        permute_13: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_20, [1, 0])
        addmm_5: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_21, view_18, permute_13);  primals_21 = view_18 = permute_13 = None
        view_19: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_5, [8, 1024, 768]);  addmm_5 = None

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        add_11: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_8, view_19);  view_19 = None

        # File: /work/main/experiments/gpt2_block.py:58 in forward, code: return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))
        convert_element_type_26: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_11, torch.float32)
        var_mean_3 = torch.ops.aten.var_mean.correction(convert_element_type_26, [2], correction = 0, keepdim = True)
        getitem_30: "f32[8, 1024, 1]" = var_mean_3[0]
        getitem_31: "f32[8, 1024, 1]" = var_mean_3[1];  var_mean_3 = None
        add_12: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_30, 1e-05);  getitem_30 = None
        rsqrt_3: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_12);  add_12 = None
        sub_3: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_26, getitem_31);  convert_element_type_26 = None
        mul_12: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_3, rsqrt_3);  sub_3 = None
        mul_13: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_12, primals_22);  mul_12 = None
        add_13: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_13, primals_23);  mul_13 = primals_23 = None
        convert_element_type_27: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_13, torch.bfloat16);  add_13 = None
        view_20: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_27, [8192, 768]);  convert_element_type_27 = None
        permute_14: "bf16[768, 3072]" = torch.ops.aten.permute.default(primals_24, [1, 0])
        addmm_6: "bf16[8192, 3072]" = torch.ops.aten.addmm.default(primals_25, view_20, permute_14);  primals_25 = permute_14 = None
        view_21: "bf16[8, 1024, 3072]" = torch.ops.aten.view.default(addmm_6, [8, 1024, 3072])
        convert_element_type_31: "f32[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(view_21, torch.float32);  view_21 = None
        mul_14: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_31, convert_element_type_31)
        mul_15: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_14, convert_element_type_31);  mul_14 = None
        mul_16: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_15, 0.044715);  mul_15 = None
        add_14: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(convert_element_type_31, mul_16);  mul_16 = None
        mul_17: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(add_14, 0.7978845608028654);  add_14 = None
        mul_18: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_31, 0.5);  convert_element_type_31 = None
        tanh_1: "f32[8, 1024, 3072]" = torch.ops.aten.tanh.default(mul_17);  mul_17 = None
        add_15: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(tanh_1, 1);  tanh_1 = None
        mul_19: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_18, add_15);  mul_18 = add_15 = None
        convert_element_type_32: "bf16[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(mul_19, torch.bfloat16);  mul_19 = None
        view_22: "bf16[8192, 3072]" = torch.ops.aten.view.default(convert_element_type_32, [8192, 3072]);  convert_element_type_32 = None
        permute_15: "bf16[3072, 768]" = torch.ops.aten.permute.default(primals_26, [1, 0])
        addmm_7: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_27, view_22, permute_15);  primals_27 = permute_15 = None
        view_23: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_7, [8, 1024, 768]);  addmm_7 = None
        add_16: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_11, view_23);  view_23 = None

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        convert_element_type_36: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_16, torch.float32)
        var_mean_4 = torch.ops.aten.var_mean.correction(convert_element_type_36, [2], correction = 0, keepdim = True)
        getitem_32: "f32[8, 1024, 1]" = var_mean_4[0]
        getitem_33: "f32[8, 1024, 1]" = var_mean_4[1];  var_mean_4 = None
        add_17: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_32, 1e-05);  getitem_32 = None
        rsqrt_4: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_17);  add_17 = None
        sub_4: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_36, getitem_33);  convert_element_type_36 = None
        mul_20: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_4, rsqrt_4);  sub_4 = None
        mul_21: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_20, primals_28);  mul_20 = None
        add_18: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_21, primals_29);  mul_21 = primals_29 = None
        convert_element_type_37: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_18, torch.bfloat16);  add_18 = None

        # File: /work/main/experiments/gpt2_block.py:43 in forward, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view_24: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_37, [8192, 768]);  convert_element_type_37 = None
        permute_16: "bf16[768, 2304]" = torch.ops.aten.permute.default(primals_30, [1, 0])
        addmm_8: "bf16[8192, 2304]" = torch.ops.aten.addmm.default(primals_31, view_24, permute_16);  primals_31 = permute_16 = None
        view_25: "bf16[8, 1024, 2304]" = torch.ops.aten.view.default(addmm_8, [8, 1024, 2304]);  addmm_8 = None
        split_2 = torch.ops.aten.split.Tensor(view_25, 768, 2);  view_25 = None
        getitem_34: "bf16[8, 1024, 768]" = split_2[0]
        getitem_35: "bf16[8, 1024, 768]" = split_2[1]
        getitem_36: "bf16[8, 1024, 768]" = split_2[2];  split_2 = None

        # File: /work/main/experiments/gpt2_block.py:43 in <genexpr>, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view_26: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_34, [8, 1024, 12, 64]);  getitem_34 = None
        permute_17: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_26, [0, 2, 1, 3]);  view_26 = None
        view_27: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_35, [8, 1024, 12, 64]);  getitem_35 = None
        permute_18: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_27, [0, 2, 1, 3]);  view_27 = None
        view_28: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_36, [8, 1024, 12, 64]);  getitem_36 = None
        permute_19: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_28, [0, 2, 1, 3]);  view_28 = None

        # File: /work/main/experiments/gpt2_block.py:44 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # read 3 B T D, write B T D
        _scaled_dot_product_cudnn_attention_2 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_17, permute_18, permute_19, None, True, 0.0, True)
        getitem_37: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_2[0]
        getitem_38: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention_2[1]
        getitem_43: "i64[]" = _scaled_dot_product_cudnn_attention_2[6]
        getitem_44: "i64[]" = _scaled_dot_product_cudnn_attention_2[7];  _scaled_dot_product_cudnn_attention_2 = None

        # File: /work/main/experiments/gpt2_block.py:45 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_20: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_37, [0, 2, 1, 3])
        view_29: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_20, [8, 1024, 768]);  permute_20 = None
        view_30: "bf16[8192, 768]" = torch.ops.aten.view.default(view_29, [8192, 768]);  view_29 = None
        permute_21: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_32, [1, 0])
        addmm_9: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_33, view_30, permute_21);  primals_33 = view_30 = permute_21 = None
        view_31: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_9, [8, 1024, 768]);  addmm_9 = None

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        add_19: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_16, view_31);  view_31 = None

        # File: /work/main/experiments/gpt2_block.py:58 in forward, code: return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))
        convert_element_type_44: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_19, torch.float32)
        var_mean_5 = torch.ops.aten.var_mean.correction(convert_element_type_44, [2], correction = 0, keepdim = True)
        getitem_46: "f32[8, 1024, 1]" = var_mean_5[0]
        getitem_47: "f32[8, 1024, 1]" = var_mean_5[1];  var_mean_5 = None
        add_20: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_46, 1e-05);  getitem_46 = None
        rsqrt_5: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_20);  add_20 = None
        sub_5: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_44, getitem_47);  convert_element_type_44 = None
        mul_22: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_5, rsqrt_5);  sub_5 = None
        mul_23: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_22, primals_34);  mul_22 = None
        add_21: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_23, primals_35);  mul_23 = primals_35 = None
        convert_element_type_45: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_21, torch.bfloat16);  add_21 = None
        view_32: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_45, [8192, 768]);  convert_element_type_45 = None
        permute_22: "bf16[768, 3072]" = torch.ops.aten.permute.default(primals_36, [1, 0])
        addmm_10: "bf16[8192, 3072]" = torch.ops.aten.addmm.default(primals_37, view_32, permute_22);  primals_37 = permute_22 = None
        view_33: "bf16[8, 1024, 3072]" = torch.ops.aten.view.default(addmm_10, [8, 1024, 3072])
        convert_element_type_49: "f32[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(view_33, torch.float32);  view_33 = None
        mul_24: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_49, convert_element_type_49)
        mul_25: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_24, convert_element_type_49);  mul_24 = None
        mul_26: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_25, 0.044715);  mul_25 = None
        add_22: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(convert_element_type_49, mul_26);  mul_26 = None
        mul_27: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(add_22, 0.7978845608028654);  add_22 = None
        mul_28: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_49, 0.5);  convert_element_type_49 = None
        tanh_2: "f32[8, 1024, 3072]" = torch.ops.aten.tanh.default(mul_27);  mul_27 = None
        add_23: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(tanh_2, 1);  tanh_2 = None
        mul_29: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_28, add_23);  mul_28 = add_23 = None
        convert_element_type_50: "bf16[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(mul_29, torch.bfloat16);  mul_29 = None
        view_34: "bf16[8192, 3072]" = torch.ops.aten.view.default(convert_element_type_50, [8192, 3072]);  convert_element_type_50 = None
        permute_23: "bf16[3072, 768]" = torch.ops.aten.permute.default(primals_38, [1, 0])
        addmm_11: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_39, view_34, permute_23);  primals_39 = permute_23 = None
        view_35: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_11, [8, 1024, 768]);  addmm_11 = None
        add_24: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_19, view_35);  view_35 = None

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        convert_element_type_54: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_24, torch.float32)
        var_mean_6 = torch.ops.aten.var_mean.correction(convert_element_type_54, [2], correction = 0, keepdim = True)
        getitem_48: "f32[8, 1024, 1]" = var_mean_6[0]
        getitem_49: "f32[8, 1024, 1]" = var_mean_6[1];  var_mean_6 = None
        add_25: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_48, 1e-05);  getitem_48 = None
        rsqrt_6: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_25);  add_25 = None
        sub_6: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_54, getitem_49);  convert_element_type_54 = None
        mul_30: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_6, rsqrt_6);  sub_6 = None
        mul_31: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_30, primals_40);  mul_30 = None
        add_26: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_31, primals_41);  mul_31 = primals_41 = None
        convert_element_type_55: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_26, torch.bfloat16);  add_26 = None

        # File: /work/main/experiments/gpt2_block.py:43 in forward, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view_36: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_55, [8192, 768]);  convert_element_type_55 = None
        permute_24: "bf16[768, 2304]" = torch.ops.aten.permute.default(primals_42, [1, 0])
        addmm_12: "bf16[8192, 2304]" = torch.ops.aten.addmm.default(primals_43, view_36, permute_24);  primals_43 = permute_24 = None
        view_37: "bf16[8, 1024, 2304]" = torch.ops.aten.view.default(addmm_12, [8, 1024, 2304]);  addmm_12 = None
        split_3 = torch.ops.aten.split.Tensor(view_37, 768, 2);  view_37 = None
        getitem_50: "bf16[8, 1024, 768]" = split_3[0]
        getitem_51: "bf16[8, 1024, 768]" = split_3[1]
        getitem_52: "bf16[8, 1024, 768]" = split_3[2];  split_3 = None

        # File: /work/main/experiments/gpt2_block.py:43 in <genexpr>, code: q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in self.qkv(x).split(d, dim=2))
        view_38: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_50, [8, 1024, 12, 64]);  getitem_50 = None
        permute_25: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_38, [0, 2, 1, 3]);  view_38 = None
        view_39: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_51, [8, 1024, 12, 64]);  getitem_51 = None
        permute_26: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_39, [0, 2, 1, 3]);  view_39 = None
        view_40: "bf16[8, 1024, 12, 64]" = torch.ops.aten.view.default(getitem_52, [8, 1024, 12, 64]);  getitem_52 = None
        permute_27: "bf16[8, 12, 1024, 64]" = torch.ops.aten.permute.default(view_40, [0, 2, 1, 3]);  view_40 = None

        # File: /work/main/experiments/gpt2_block.py:44 in forward, code: y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # read 3 B T D, write B T D
        _scaled_dot_product_cudnn_attention_3 = torch.ops.aten._scaled_dot_product_cudnn_attention.default(permute_25, permute_26, permute_27, None, True, 0.0, True)
        getitem_53: "bf16[8, 12, 1024, 64]" = _scaled_dot_product_cudnn_attention_3[0]
        getitem_54: "f32[8, 12, 1024, 1]" = _scaled_dot_product_cudnn_attention_3[1]
        getitem_59: "i64[]" = _scaled_dot_product_cudnn_attention_3[6]
        getitem_60: "i64[]" = _scaled_dot_product_cudnn_attention_3[7];  _scaled_dot_product_cudnn_attention_3 = None

        # File: /work/main/experiments/gpt2_block.py:45 in forward, code: return self.proj(y.transpose(1, 2).reshape(b, t, d))
        permute_28: "bf16[8, 1024, 12, 64]" = torch.ops.aten.permute.default(getitem_53, [0, 2, 1, 3])
        view_41: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(permute_28, [8, 1024, 768]);  permute_28 = None
        view_42: "bf16[8192, 768]" = torch.ops.aten.view.default(view_41, [8192, 768]);  view_41 = None
        permute_29: "bf16[768, 768]" = torch.ops.aten.permute.default(primals_44, [1, 0])
        addmm_13: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_45, view_42, permute_29);  primals_45 = view_42 = permute_29 = None
        view_43: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_13, [8, 1024, 768]);  addmm_13 = None

        # File: /work/main/experiments/gpt2_block.py:57 in forward, code: x = x + self.attn(self.ln1(x))
        add_27: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_24, view_43);  view_43 = None

        # File: /work/main/experiments/gpt2_block.py:58 in forward, code: return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))
        convert_element_type_62: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_27, torch.float32)
        var_mean_7 = torch.ops.aten.var_mean.correction(convert_element_type_62, [2], correction = 0, keepdim = True)
        getitem_62: "f32[8, 1024, 1]" = var_mean_7[0]
        getitem_63: "f32[8, 1024, 1]" = var_mean_7[1];  var_mean_7 = None
        add_28: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_62, 1e-05);  getitem_62 = None
        rsqrt_7: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_28);  add_28 = None
        sub_7: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_62, getitem_63);  convert_element_type_62 = None
        mul_32: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_7, rsqrt_7);  sub_7 = None
        mul_33: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_32, primals_46);  mul_32 = None
        add_29: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_33, primals_47);  mul_33 = primals_47 = None
        convert_element_type_63: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_29, torch.bfloat16);  add_29 = None
        view_44: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_63, [8192, 768]);  convert_element_type_63 = None
        permute_30: "bf16[768, 3072]" = torch.ops.aten.permute.default(primals_48, [1, 0])
        addmm_14: "bf16[8192, 3072]" = torch.ops.aten.addmm.default(primals_49, view_44, permute_30);  primals_49 = permute_30 = None
        view_45: "bf16[8, 1024, 3072]" = torch.ops.aten.view.default(addmm_14, [8, 1024, 3072])
        convert_element_type_67: "f32[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(view_45, torch.float32);  view_45 = None
        mul_34: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_67, convert_element_type_67)
        mul_35: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_34, convert_element_type_67);  mul_34 = None
        mul_36: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_35, 0.044715);  mul_35 = None
        add_30: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(convert_element_type_67, mul_36);  mul_36 = None
        mul_37: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(add_30, 0.7978845608028654);  add_30 = None
        mul_38: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(convert_element_type_67, 0.5);  convert_element_type_67 = None
        tanh_3: "f32[8, 1024, 3072]" = torch.ops.aten.tanh.default(mul_37);  mul_37 = None
        add_31: "f32[8, 1024, 3072]" = torch.ops.aten.add.Tensor(tanh_3, 1);  tanh_3 = None
        mul_39: "f32[8, 1024, 3072]" = torch.ops.aten.mul.Tensor(mul_38, add_31);  mul_38 = add_31 = None
        convert_element_type_68: "bf16[8, 1024, 3072]" = torch.ops.prims.convert_element_type.default(mul_39, torch.bfloat16);  mul_39 = None
        view_46: "bf16[8192, 3072]" = torch.ops.aten.view.default(convert_element_type_68, [8192, 3072]);  convert_element_type_68 = None
        permute_31: "bf16[3072, 768]" = torch.ops.aten.permute.default(primals_50, [1, 0])
        addmm_15: "bf16[8192, 768]" = torch.ops.aten.addmm.default(primals_51, view_46, permute_31);  primals_51 = permute_31 = None
        view_47: "bf16[8, 1024, 768]" = torch.ops.aten.view.default(addmm_15, [8, 1024, 768]);  addmm_15 = None
        add_32: "bf16[8, 1024, 768]" = torch.ops.aten.add.Tensor(add_27, view_47);  view_47 = None

        # File: /work/main/experiments/gpt2_block.py:76 in forward, code: return models.loss(self.head(self.ln_f(x)), targets)  # write B T V logits
        convert_element_type_72: "f32[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_32, torch.float32)
        var_mean_8 = torch.ops.aten.var_mean.correction(convert_element_type_72, [2], correction = 0, keepdim = True)
        getitem_64: "f32[8, 1024, 1]" = var_mean_8[0]
        getitem_65: "f32[8, 1024, 1]" = var_mean_8[1];  var_mean_8 = None
        add_33: "f32[8, 1024, 1]" = torch.ops.aten.add.Tensor(getitem_64, 1e-05);  getitem_64 = None
        rsqrt_8: "f32[8, 1024, 1]" = torch.ops.aten.rsqrt.default(add_33);  add_33 = None
        sub_8: "f32[8, 1024, 768]" = torch.ops.aten.sub.Tensor(convert_element_type_72, getitem_65);  convert_element_type_72 = None
        mul_40: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(sub_8, rsqrt_8);  sub_8 = None
        mul_41: "f32[8, 1024, 768]" = torch.ops.aten.mul.Tensor(mul_40, primals_52);  mul_40 = None
        add_34: "f32[8, 1024, 768]" = torch.ops.aten.add.Tensor(mul_41, primals_53);  mul_41 = primals_53 = None
        convert_element_type_73: "bf16[8, 1024, 768]" = torch.ops.prims.convert_element_type.default(add_34, torch.bfloat16);  add_34 = None
        permute_32: "bf16[768, 50304]" = torch.ops.aten.permute.default(primals_2, [1, 0])
        view_48: "bf16[8192, 768]" = torch.ops.aten.view.default(convert_element_type_73, [8192, 768]);  convert_element_type_73 = None
        mm: "bf16[8192, 50304]" = torch.ops.aten.mm.default(view_48, permute_32);  permute_32 = None
        view_49: "bf16[8, 1024, 50304]" = torch.ops.aten.view.default(mm, [8, 1024, 50304])

        # File: /work/main/experiments/_models.py:73 in loss, code: return F.cross_entropy(logits.float().view(-1, logits.shape[-1]), targets.view(-1))
        convert_element_type_76: "f32[8, 1024, 50304]" = torch.ops.prims.convert_element_type.default(view_49, torch.float32);  view_49 = None
        view_50: "f32[8192, 50304]" = torch.ops.aten.view.default(convert_element_type_76, [-1, 50304]);  convert_element_type_76 = None
        view_51: "i64[8192]" = torch.ops.aten.view.default(primals_54, [-1])
        amax: "f32[8192, 1]" = torch.ops.aten.amax.default(view_50, [1], True)
        sub_9: "f32[8192, 50304]" = torch.ops.aten.sub.Tensor(view_50, amax);  view_50 = None
        exp: "f32[8192, 50304]" = torch.ops.aten.exp.default(sub_9)
        sum_1: "f32[8192, 1]" = torch.ops.aten.sum.dim_IntList(exp, [1], True);  exp = None
        log: "f32[8192, 1]" = torch.ops.aten.log.default(sum_1);  sum_1 = None
        sub_10: "f32[8192, 50304]" = torch.ops.aten.sub.Tensor(sub_9, log);  sub_9 = None
        ne: "b8[8192]" = torch.ops.aten.ne.Scalar(view_51, -100)
        full_default: "i64[]" = torch.ops.aten.full.default([], 0, dtype = torch.int64, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where: "i64[8192]" = torch.ops.aten.where.self(ne, view_51, full_default);  view_51 = full_default = None
        unsqueeze: "i64[8192, 1]" = torch.ops.aten.unsqueeze.default(where, 1);  where = None
        gather: "f32[8192, 1]" = torch.ops.aten.gather.default(sub_10, 1, unsqueeze);  sub_10 = unsqueeze = None
        squeeze: "f32[8192]" = torch.ops.aten.squeeze.dim(gather, 1);  gather = None
        neg: "f32[8192]" = torch.ops.aten.neg.default(squeeze);  squeeze = None
        full_default_1: "f32[]" = torch.ops.aten.full.default([], 0.0, dtype = torch.float32, layout = torch.strided, device = device(type='cuda', index=0), pin_memory = False)
        where_1: "f32[8192]" = torch.ops.aten.where.self(ne, neg, full_default_1);  neg = full_default_1 = None
        sum_2: "i64[]" = torch.ops.aten.sum.default(ne);  ne = None
        convert_element_type_77: "f32[]" = torch.ops.prims.convert_element_type.default(sum_2, torch.float32);  sum_2 = None
        sum_3: "f32[]" = torch.ops.aten.sum.default(where_1);  where_1 = None
        div: "f32[]" = torch.ops.aten.div.Tensor(sum_3, convert_element_type_77);  sum_3 = None
        return (div, primals_1, primals_2, primals_4, primals_6, primals_8, primals_10, primals_12, primals_14, primals_16, primals_18, primals_20, primals_22, primals_24, primals_26, primals_28, primals_30, primals_32, primals_34, primals_36, primals_38, primals_40, primals_42, primals_44, primals_46, primals_48, primals_50, primals_52, primals_54, iota, embedding, embedding_1, getitem_1, rsqrt, view, permute_1, permute_2, permute_3, getitem_5, getitem_6, getitem_11, getitem_12, add_3, getitem_15, rsqrt_1, view_8, addmm_2, view_10, add_8, getitem_17, rsqrt_2, view_12, permute_9, permute_10, permute_11, getitem_21, getitem_22, getitem_27, getitem_28, add_11, getitem_31, rsqrt_3, view_20, addmm_6, view_22, add_16, getitem_33, rsqrt_4, view_24, permute_17, permute_18, permute_19, getitem_37, getitem_38, getitem_43, getitem_44, add_19, getitem_47, rsqrt_5, view_32, addmm_10, view_34, add_24, getitem_49, rsqrt_6, view_36, permute_25, permute_26, permute_27, getitem_53, getitem_54, getitem_59, getitem_60, add_27, getitem_63, rsqrt_7, view_44, addmm_14, view_46, add_32, getitem_65, rsqrt_8, view_48, mm, amax, log, convert_element_type_77)
