import json,glob,collections,sys
P='/work/main/tests/data/probe6/qa.jsonl'
FIELDS=['id','question','answer','key_facts','type','evidence','notice']
TYPES={'numeric','deadline','department','list','procedure','colloquial','yesno','multi_hop','unanswerable','validity'}
corpus={f:open(f,encoding='utf-8').read().split('\n') for f in sorted(glob.glob('/work/main/data/corpus/*.txt'))}
errs=[];ids=[];types=collections.Counter();notices=collections.Counter()
lines=open(P,encoding='utf-8').read().split('\n')
if lines and lines[-1]=='': lines=lines[:-1]
for n,l in enumerate(lines,1):
    try: d=json.loads(l)
    except Exception as e: errs.append(f'line {n}: bad JSON {e}'); continue
    if list(d.keys())!=FIELDS: errs.append(f'line {n}: fields {list(d.keys())}')
    ids.append(d.get('id')); types[d.get('type')]+=1
    if d.get('type') not in TYPES: errs.append(f"{d.get('id')}: bad type {d.get('type')}")
    kf=d.get('key_facts')
    if d.get('type')=='unanswerable':
        if kf!=[] or d['answer']!='文件中未找到相关规定' or d['notice']!='' or d['evidence']!='':
            errs.append(f"{d['id']}: unanswerable fields wrong")
    else:
        notices[d['notice']]+=1
        if not (isinstance(kf,list) and 1<=len(kf)<=3): errs.append(f"{d['id']}: key_facts count {kf}")
        for k in kf:
            hits=[f.split('/')[-1] for f,ls in corpus.items() if any(k in x for x in ls)]
            if not hits: errs.append(f"{d['id']}: key fact not found on a single corpus line: {k!r}")
            if k not in d['answer'].replace(' ','') and k.replace(' ','') not in d['answer'].replace(' ',''):
                pass
print('lines:',len(lines))
print('unique ids:',len(set(ids)),'expected ids ok:',ids==['pf-%03d'%i for i in range(1,41)])
print('types:',dict(sorted(types.items())))
print('distinct notices (answerable):',len(notices))
print('errors:',len(errs))
for e in errs: print('  ',e)
sys.exit(1 if errs or len(lines)!=40 or len(set(ids))!=40 else 0)
